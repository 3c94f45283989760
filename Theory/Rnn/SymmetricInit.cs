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
        int m = spec.Width, half = m / 2, d = spec.InputDimension, perRow = spec.RecurrentLength / m;
        double[] recurrent = new double[spec.RecurrentLength], input = new double[spec.InputLength], signs = new double[m];
        for (int i = 0; i < half; i++)
        {
            CounterRng rng = CounterRng.For(seed, "init.neuron", i);
            signs[i] = rng.NextSign();
            signs[i + half] = -signs[i];
            Span<double> u = input.AsSpan(i * d, d), w = recurrent.AsSpan(i * perRow, perRow);
            rng.FillNormal(u);
            DrawRecurrent(spec, rng, w);
            u.CopyTo(input.AsSpan((i + half) * d, d));
            w.CopyTo(recurrent.AsSpan((i + half) * perRow, perRow));
        }
        return new RnnParameters(spec, recurrent, input, signs);
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
