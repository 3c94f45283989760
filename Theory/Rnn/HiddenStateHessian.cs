using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// The exact gradient and Hessian of one diagonal neuron's h_T in θ = (w, u) ∈ R^{1+d}, carried
/// forward in time (forward-mode second derivatives): with ∇z_t = e₀h_{t−1} + (0, x_t) + w·g_{t−1},
/// g_t = σ'(z_t)∇z_t and H_t = σ''(z_t)∇z_t∇z_tᵀ + σ'(z_t)(e₀g_{t−1}ᵀ + g_{t−1}e₀ᵀ + w·H_{t−1}).
/// Meant for tests and probes (O(T·d²) per sequence).
/// </summary>
public static class HiddenStateHessian
{
    /// <summary>Writes ∇_θ h_T (length 1+d) and ∇²_θ h_T (row-major (1+d)×(1+d)); returns h_T.</summary>
    public static double Evaluate(Activation activation, double w, ReadOnlySpan<double> u, ReadOnlySpan<double> sequence,
        Span<double> gradient, Span<double> hessian)
    {
        Guard.NotNull(activation);
        int d = u.Length, p = d + 1;
        Guard.AtLeast(d, 1);
        if (sequence.Length == 0 || sequence.Length % d != 0)
            throw new ArgumentException($"sequence length must be a positive multiple of d = {d}.", nameof(sequence));
        Guard.Length<double>(gradient, p);
        Guard.Length<double>(hessian, p * p);
        int steps = sequence.Length / d;
        Span<double> dz = stackalloc double[p];
        gradient.Clear();
        hessian.Clear();
        double h = 0;
        for (int t = 0; t < steps; t++)
        {
            ReadOnlySpan<double> x = sequence.Slice(t * d, d);
            double z = w * h;
            for (int c = 0; c < d; c++) z += u[c] * x[c];
            dz[0] = h + w * gradient[0];
            for (int c = 0; c < d; c++) dz[1 + c] = x[c] + w * gradient[1 + c];
            double s1 = activation.Derivative(z), s2 = activation.SecondDerivative(z);
            // H_t from H_{t−1} and g_{t−1} (still in gradient), then g_t.
            for (int r = 0; r < p; r++)
                for (int c = 0; c < p; c++)
                {
                    double coupling = (r == 0 ? gradient[c] : 0.0) + (c == 0 ? gradient[r] : 0.0);
                    hessian[r * p + c] = s2 * dz[r] * dz[c] + s1 * (coupling + w * hessian[r * p + c]);
                }
            for (int r = 0; r < p; r++) gradient[r] = s1 * dz[r];
            h = activation.Value(z);
        }
        return h;
    }

    /// <summary>max over neurons and samples of ‖∇²_θ h_T‖₂ of a diagonal network (what β_T bounds; C2 measures it).</summary>
    public static double MaxNorm(RnnParameters theta, Targets.Dataset data)
    {
        Guard.NotNull(theta);
        Guard.NotNull(data);
        if (theta.Spec.Kind != ModelKind.Diagonal) throw new ArgumentException("the Hessian probe is for the diagonal model.", nameof(theta));
        int p = theta.Spec.InputDimension + 1;
        Span<double> gradient = stackalloc double[p];
        double[] hessian = new double[p * p];
        double max = 0;
        for (int i = 0; i < theta.Spec.Width; i++)
            for (int j = 0; j < data.SampleCount; j++)
            {
                Evaluate(theta.Spec.Activation, theta.Recurrent[i], theta.InputOf(i), data.Sequence(j), gradient, hessian);
                max = Math.Max(max, OperatorNorm(hessian, p));
            }
        return max;
    }

    /// <summary>‖H‖₂ of a symmetric p×p matrix: √λ_max(H²) by power iteration from a fixed start.</summary>
    public static double OperatorNorm(ReadOnlySpan<double> hessian, int size, int iterations = 500)
    {
        Guard.Length(hessian, size * size);
        Span<double> v = stackalloc double[size], hv = stackalloc double[size], next = stackalloc double[size];
        for (int k = 0; k < size; k++) v[k] = 1.0 + 0.1 * k;
        double norm = 0;
        for (int it = 0; it < iterations; it++)
        {
            Multiply(hessian, v, hv, size);
            Multiply(hessian, hv, next, size);
            double length = 0;
            foreach (double e in next) length += e * e;
            length = Math.Sqrt(length);
            if (length == 0) return 0;
            double vLength = 0;
            foreach (double e in v) vLength += e * e;
            norm = Math.Sqrt(length / Math.Sqrt(vLength));
            for (int k = 0; k < size; k++) v[k] = next[k] / length;
        }
        return norm;
    }

    private static void Multiply(ReadOnlySpan<double> m, ReadOnlySpan<double> v, Span<double> result, int size)
    {
        for (int r = 0; r < size; r++)
        {
            double s = 0;
            for (int c = 0; c < size; c++) s += m[r * size + c] * v[c];
            result[r] = s;
        }
    }
}
