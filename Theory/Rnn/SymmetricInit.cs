using Repro.Theory.Numerics;
using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// Symmetric initialization: neurons (rows) i and i + m/2 start equal and carry opposite output
/// signs, so F(X; Θ(0)) = 0 for every X. Each neuron draws from its own named stream, so a
/// neuron's initial value does not depend on how many others there are.
/// </summary>
public static class SymmetricInit
{
    public static RnnParameters Draw(RnnSpec spec, ulong seed)
    {
        Guard.NotNull(spec);
        int m = spec.Width, half = m / 2, d = spec.InputDimension;
        var theta = new RnnParameters(spec, new double[spec.RecurrentLength], new double[spec.InputLength], new double[m]);
        for (int i = 0; i < half; i++)
        {
            CounterRng rng = CounterRng.For(seed, "init.neuron", i);
            theta.OutputSigns[i] = rng.NextSign();
            theta.OutputSigns[i + half] = -theta.OutputSigns[i];
            rng.FillNormal(theta.InputOf(i));
            DrawRecurrent(spec, rng, theta.RecurrentOf(i));
            theta.InputOf(i).CopyTo(theta.InputOf(i + half));
            theta.RecurrentOf(i).CopyTo(theta.RecurrentOf(i + half));
        }
        return theta;
    }

    /// <summary>w_i ~ U[−α, α] (diagonal); W_i· ~ N(0, α²/m) entrywise (full matrix).</summary>
    private static void DrawRecurrent(RnnSpec spec, CounterRng rng, Span<double> target)
    {
        double alpha = spec.RecurrentScale;
        if (spec.Kind == ModelKind.Diagonal)
        {
            target[0] = rng.NextUniform(-alpha, alpha);
            return;
        }
        double std = alpha / Math.Sqrt(spec.Width);
        for (int k = 0; k < target.Length; k++) target[k] = std * rng.NextNormal();
    }
}
