using Repro.Theory.Numerics;

namespace Repro.Theory.Rnn;

/// <summary>
/// Scalar reference kernel of the full-matrix model (v1): H_t = σ(W H_{t−1} + U x_t).
/// W is row-major; the backward pass forms Wᵀδ as a sum of rows scaled by δ_i, so every
/// inner loop has unit stride.
/// </summary>
/// <remarks>
/// The arithmetic the SIMD kernel reproduces bit for bit: z_i is one FMA chain from +0, first
/// over u_ik x_tk (k ascending), then over W_ik h_{t−1,k} (k ascending); (Wᵀδ)_k is an FMA chain
/// over i ascending; ∂W and ∂U are FMA chains over (sample ascending, t descending); everything
/// else unfused.
/// </remarks>
internal sealed class FullMatrixKernel : ReferenceKernel
{
    public static readonly FullMatrixKernel Instance = new();

    public override void Forward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength, KernelScratch scratch)
    {
        int m = theta.Spec.Width, d = theta.Spec.InputDimension;
        double a = theta.Spec.Activation.Scale, inverseSqrtWidth = 1.0 / Math.Sqrt(m);
        ReadOnlySpan<double> w = theta.Recurrent, u = theta.Input, signs = theta.OutputSigns;
        Span<double> hidden = scratch.Hidden, slope = scratch.Slope;
        hidden[..m].Clear();
        for (int t = 0; t < sequenceLength; t++)
        {
            ReadOnlySpan<double> x = sequence.Slice(t * d, d);
            ReadOnlySpan<double> previous = hidden.Slice(t * m, m);
            Span<double> current = hidden.Slice((t + 1) * m, m);
            Span<double> slopeT = slope.Slice(t * m, m);
            for (int i = 0; i < m; i++)
            {
                ReadOnlySpan<double> ui = u.Slice(i * d, d);
                double z = 0;
                for (int k = 0; k < d; k++) z = Math.FusedMultiplyAdd(ui[k], x[k], z);
                ReadOnlySpan<double> wi = w.Slice(i * m, m);
                for (int k = 0; k < m; k++) z = Math.FusedMultiplyAdd(wi[k], previous[k], z);
                double th = DetMath.Tanh(z);
                current[i] = a * th;
                slopeT[i] = a * (1.0 - th * th);
            }
            scratch.Outputs[t] = OutputLayer.Evaluate(current, signs, inverseSqrtWidth);
        }
    }

    protected override void Backward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength,
        KernelScratch scratch, RnnParameters gradient)
    {
        int m = theta.Spec.Width, d = theta.Spec.InputDimension;
        double inverseSqrtWidth = 1.0 / Math.Sqrt(m);
        ReadOnlySpan<double> w = theta.Recurrent, signs = theta.OutputSigns;
        ReadOnlySpan<double> hidden = scratch.Hidden, slope = scratch.Slope, outputError = scratch.OutputError;
        Span<double> gw = gradient.Recurrent, gu = gradient.Input;
        Span<double> error = scratch.Error, next = scratch.NextError;
        error.Clear();
        for (int t = sequenceLength - 1; t >= 0; t--)
        {
            double injected = outputError[t] * inverseSqrtWidth;
            ReadOnlySpan<double> x = sequence.Slice(t * d, d);
            ReadOnlySpan<double> previous = hidden.Slice(t * m, m);
            ReadOnlySpan<double> slopeT = slope.Slice(t * m, m);
            next.Clear();
            for (int i = 0; i < m; i++)
            {
                double delta = (error[i] + injected * signs[i]) * slopeT[i];
                Span<double> gwi = gw.Slice(i * m, m);
                ReadOnlySpan<double> wi = w.Slice(i * m, m);
                for (int k = 0; k < m; k++)
                {
                    gwi[k] = Math.FusedMultiplyAdd(delta, previous[k], gwi[k]);
                    next[k] = Math.FusedMultiplyAdd(delta, wi[k], next[k]);
                }
                Span<double> gui = gu.Slice(i * d, d);
                for (int k = 0; k < d; k++) gui[k] = Math.FusedMultiplyAdd(delta, x[k], gui[k]);
            }
            next.CopyTo(error);
        }
    }
}
