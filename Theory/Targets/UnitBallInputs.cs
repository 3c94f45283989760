using Repro.Theory.Numerics;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// Input sequences whose steps x_t are i.i.d. uniform in the unit ball of R^d
/// (direction g/‖g‖ with g Gaussian, radius U^{1/d}). Sample j draws from its own stream, so the
/// first n samples are the same whatever the total: datasets for growing n are nested.
/// </summary>
public static class UnitBallInputs
{
    public static double[] Draw(int sampleCount, int sequenceLength, int inputDimension, ulong seed)
    {
        Guard.AtLeast(sampleCount, 1);
        Guard.AtLeast(sequenceLength, 1);
        Guard.AtLeast(inputDimension, 1);
        int perSample = sequenceLength * inputDimension;
        var inputs = new double[sampleCount * perSample];
        for (int j = 0; j < sampleCount; j++)
        {
            CounterRng rng = CounterRng.For(seed, "inputs.sample", j);
            for (int t = 0; t < sequenceLength; t++)
                DrawPoint(rng, inputs.AsSpan(j * perSample + t * inputDimension, inputDimension));
        }
        return inputs;
    }

    private static void DrawPoint(CounterRng rng, Span<double> x)
    {
        double squared;
        do
        {
            rng.FillNormal(x);
            squared = 0;
            foreach (double v in x) squared += v * v;
        } while (squared == 0);
        double radius = DetMath.Exp(DetMath.Log(rng.NextUniform()) / x.Length);
        double scale = radius / Math.Sqrt(squared);
        for (int k = 0; k < x.Length; k++) x[k] *= scale;
    }
}
