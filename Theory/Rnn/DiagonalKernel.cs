using Repro.Theory.Numerics;

namespace Repro.Theory.Rnn;

/// <summary>
/// Scalar reference kernel of the diagonal model (v2): h_t^i = σ(w_i h_{t−1}^i + ⟨u_i, x_t⟩).
/// Neurons are independent, so the inner loops run over neurons with unit stride.
/// </summary>
/// <remarks>
/// The arithmetic the SIMD kernel reproduces bit for bit: z = fma(w_i, h_{t−1}^i, p) with
/// p = Σ_k u_ik x_tk as an FMA chain from +0 in k order; the gradients as FMA chains over
/// (sample ascending, t descending); everything else unfused.
/// </remarks>
internal sealed class DiagonalKernel : ReferenceKernel
{
    public static readonly DiagonalKernel Instance = new();

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
                double p = 0;
                for (int k = 0; k < d; k++) p = Math.FusedMultiplyAdd(ui[k], x[k], p);
                double z = Math.FusedMultiplyAdd(w[i], previous[i], p);
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
        Span<double> gw = gradient.Recurrent, gu = gradient.Input, error = scratch.Error;
        error.Clear();
        for (int t = sequenceLength - 1; t >= 0; t--)
        {
            double injected = outputError[t] * inverseSqrtWidth;
            ReadOnlySpan<double> x = sequence.Slice(t * d, d);
            ReadOnlySpan<double> previous = hidden.Slice(t * m, m);
            ReadOnlySpan<double> slopeT = slope.Slice(t * m, m);
            for (int i = 0; i < m; i++)
            {
                double delta = (error[i] + injected * signs[i]) * slopeT[i];
                gw[i] = Math.FusedMultiplyAdd(delta, previous[i], gw[i]);
                Span<double> gui = gu.Slice(i * d, d);
                for (int k = 0; k < d; k++) gui[k] = Math.FusedMultiplyAdd(delta, x[k], gui[k]);
                error[i] = delta * w[i];
            }
        }
    }
}
