using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

/// <summary>BPTT against central finite differences of R̂, coordinate by coordinate.</summary>
public class GradientCheckTests
{
    public static TheoryData<ModelKind, LossKind, double, double, int, int> Cases()
    {
        var data = new TheoryData<ModelKind, LossKind, double, double, int, int>();
        foreach (ModelKind kind in Enum.GetValues<ModelKind>())
            foreach (LossKind loss in Enum.GetValues<LossKind>())
            {
                data.Add(kind, loss, 1.0, 0.5, 1, 3);   // T = 1
                data.Add(kind, loss, 1.0, 0.9, 5, 2);
                data.Add(kind, loss, 0.5, 0.3, 4, 1);   // d = 1, small a
                data.Add(kind, loss, 2.0, 1.2, 6, 4);   // λ = a·α > 1
                data.Add(kind, loss, 1.5, 1.5, 8, 3);   // λ > 1, longer
            }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BpttMatchesCentralDifferences(ModelKind kind, LossKind loss, double a, double alpha, int steps, int d)
    {
        RnnSpec spec = Networks.Spec(kind, m: 6, d: d, a: a, alpha: alpha);
        RnnParameters theta = Networks.Perturbed(spec, seed: 11);
        Dataset data = Networks.RandomData(n: 5, steps, d, seed: 7);
        var engine = new GradientEngine(spec, data, loss);
        RnnParameters gradient = theta.ZerosLike();
        engine.Evaluate(theta, gradient);

        double worst = 0;
        foreach ((double[] values, double[] analytic) in new[] { (theta.Recurrent, gradient.Recurrent), (theta.Input, gradient.Input) })
            for (int i = 0; i < values.Length; i++)
            {
                double numeric = CentralDifference(engine, theta, values, i);
                double error = Math.Abs(numeric - analytic[i]) / Math.Max(1e-4, Math.Abs(numeric) + Math.Abs(analytic[i]));
                worst = Math.Max(worst, error);
            }
        Assert.True(worst <= 1e-6, $"worst relative error {worst:E2}");
    }

    /// <summary>Richardson-extrapolated central difference: O(h⁴) truncation, so 1e-6 is far above its error.</summary>
    private static double CentralDifference(GradientEngine engine, RnnParameters theta, double[] values, int index)
    {
        double Diff(double h)
        {
            double original = values[index];
            values[index] = original + h;
            double plus = engine.Evaluate(theta);
            values[index] = original - h;
            double minus = engine.Evaluate(theta);
            values[index] = original;
            return (plus - minus) / (2 * h);
        }
        const double step = 1e-3;
        return (4 * Diff(step / 2) - Diff(step)) / 3;
    }
}
