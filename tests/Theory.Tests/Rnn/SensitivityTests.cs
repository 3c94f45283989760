using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

public class SensitivityTests
{
    /// <summary>h_T of every neuron for one sequence, through the production forward kernel.</summary>
    private static double[] LastState(RnnParameters theta, Dataset data, int sample)
    {
        var scratch = new KernelScratch(theta.Spec.Width, data.SequenceLength);
        RnnKernel.For(theta.Spec.Kind).Forward(theta, data.Sequence(sample), data.SequenceLength, scratch);
        return scratch.Hidden.AsSpan(data.SequenceLength * theta.Spec.Width).ToArray();
    }

    /// <summary>Largest finite-difference Jacobian norms, grouped as the measurement groups them.</summary>
    private static (double Recurrent, double Input) FiniteDifferenceMaxima(RnnParameters theta, Dataset data)
    {
        const double h = 1e-5;
        int m = theta.Spec.Width;
        double maxRecurrent = 0, maxInput = 0;
        for (int j = 0; j < data.SampleCount; j++)
            for (int i = 0; i < m; i++)
            {
                double recurrent = 0, input = 0;
                foreach ((double[] values, int offset, int count, bool isRecurrent) in new[]
                {
                    (theta.Recurrent, theta.Spec.Kind == ModelKind.Diagonal ? i : i * m, theta.Spec.Kind == ModelKind.Diagonal ? 1 : m, true),
                    (theta.Input, i * theta.Spec.InputDimension, theta.Spec.InputDimension, false),
                })
                    for (int p = offset; p < offset + count; p++)
                    {
                        double original = values[p];
                        values[p] = original + h;
                        double[] plus = LastState(theta, data, j);
                        values[p] = original - h;
                        double[] minus = LastState(theta, data, j);
                        values[p] = original;
                        // Diagonal: only neuron i moves; full matrix: the whole state does.
                        for (int r = 0; r < m; r++)
                        {
                            if (theta.Spec.Kind == ModelKind.Diagonal && r != i) continue;
                            double derivative = (plus[r] - minus[r]) / (2 * h);
                            if (isRecurrent) recurrent += derivative * derivative; else input += derivative * derivative;
                        }
                    }
                maxRecurrent = Math.Max(maxRecurrent, Math.Sqrt(recurrent));
                maxInput = Math.Max(maxInput, Math.Sqrt(input));
            }
        return (maxRecurrent, maxInput);
    }

    [Theory]
    [InlineData(ModelKind.Diagonal, 1.0, 0.5, 5)]
    [InlineData(ModelKind.Diagonal, 1.5, 1.0, 4)]
    [InlineData(ModelKind.FullMatrix, 1.0, 0.8, 4)]
    [InlineData(ModelKind.FullMatrix, 1.2, 1.5, 3)]
    public void ForwardModeMatchesFiniteDifferences(ModelKind kind, double a, double alpha, int steps)
    {
        RnnSpec spec = Networks.Spec(kind, m: 4, d: 2, a: a, alpha: alpha);
        RnnParameters theta = Networks.Perturbed(spec, seed: 3);
        Dataset data = Networks.RandomData(n: 3, steps, d: 2, seed: 5);
        SensitivityMeasurement measured = HiddenStateSensitivity.Measure(theta, data);
        (double recurrent, double input) = FiniteDifferenceMaxima(theta, data);
        Assert.Equal(recurrent, measured.MaxRecurrentSensitivity, 1e-6 * Math.Max(1, recurrent));
        Assert.Equal(input, measured.MaxInputSensitivity, 1e-6 * Math.Max(1, input));
    }
}
