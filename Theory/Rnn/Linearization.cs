using Repro.Theory.Numerics;
using Repro.Theory.Targets;
using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// The network linearized at Θ₀: F_lin(X; Θ) = F(X; Θ₀) + ⟨∇_Θ F(X; Θ₀), Θ − Θ₀⟩. The directional
/// derivative is computed exactly by forward-mode differentiation (a tangent carried along the
/// forward pass), for both models.
/// </summary>
public static class Linearization
{
    /// <summary>F(X_j; Θ₀) and ⟨∇F(X_j; Θ₀), Δ⟩ for every sample j.</summary>
    public static void Evaluate(RnnParameters at, RnnParameters direction, Dataset data, Span<double> outputs, Span<double> derivatives)
    {
        Guard.NotNull(at);
        Guard.NotNull(direction);
        Guard.Length<double>(outputs, data.SampleCount);
        Guard.Length<double>(derivatives, data.SampleCount);
        int m = at.Spec.Width, d = at.Spec.InputDimension, steps = data.SequenceLength;
        double a = at.Spec.Activation.Scale, inverseSqrtWidth = 1.0 / Math.Sqrt(m);
        bool diagonal = at.Spec.Kind == ModelKind.Diagonal;
        var h = new double[m];
        var dh = new double[m];
        var z = new double[m];
        var dz = new double[m];
        for (int j = 0; j < data.SampleCount; j++)
        {
            ReadOnlySpan<double> sequence = data.Sequence(j);
            Array.Clear(h);
            Array.Clear(dh);
            for (int t = 0; t < steps; t++)
            {
                ReadOnlySpan<double> x = sequence.Slice(t * d, d);
                for (int i = 0; i < m; i++)
                {
                    ReadOnlySpan<double> w = at.RecurrentOf(i), dw = direction.RecurrentOf(i);
                    ReadOnlySpan<double> u = at.InputOf(i), du = direction.InputOf(i);
                    double zi = 0, dzi = 0;
                    if (diagonal)
                    {
                        zi = w[0] * h[i];
                        dzi = dw[0] * h[i] + w[0] * dh[i];
                    }
                    else
                        for (int k = 0; k < m; k++)
                        {
                            zi += w[k] * h[k];
                            dzi += dw[k] * h[k] + w[k] * dh[k];
                        }
                    for (int k = 0; k < d; k++)
                    {
                        zi += u[k] * x[k];
                        dzi += du[k] * x[k];
                    }
                    z[i] = zi;
                    dz[i] = dzi;
                }
                for (int i = 0; i < m; i++)
                {
                    double th = DetMath.Tanh(z[i]);
                    h[i] = a * th;
                    dh[i] = a * (1.0 - th * th) * dz[i];
                }
            }
            outputs[j] = OutputLayer.Evaluate(h, at.OutputSigns, inverseSqrtWidth);
            derivatives[j] = OutputLayer.Evaluate(dh, at.OutputSigns, inverseSqrtWidth);
        }
    }

    /// <summary>max_j |F(X_j; Θ) − F_lin(X_j; Θ)| with the linearization taken at <paramref name="initial"/>.</summary>
    public static double MaxError(RnnParameters initial, RnnParameters trained, Dataset data)
    {
        RnnParameters direction = initial.Clone();
        for (int i = 0; i < direction.Recurrent.Length; i++) direction.Recurrent[i] = trained.Recurrent[i] - initial.Recurrent[i];
        for (int i = 0; i < direction.Input.Length; i++) direction.Input[i] = trained.Input[i] - initial.Input[i];
        int n = data.SampleCount;
        double[] atInitial = new double[n], slope = new double[n], atTrained = new double[n];
        Evaluate(initial, direction, data, atInitial, slope);
        new GradientEngine(trained.Spec, data, LossKind.FinalOutput).FinalOutputs(trained, atTrained);
        double max = 0;
        for (int j = 0; j < n; j++) max = Math.Max(max, Math.Abs(atTrained[j] - atInitial[j] - slope[j]));
        return max;
    }
}
