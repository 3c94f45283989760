using Repro.Theory.Numerics;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// The smallest ν̄_eff that ANY transport with sup‖v‖ ≤ ν̄ on the teacher's atoms could reach on its
/// reference sample: ν̄/s ≥ 1/√λ_max(G), with G the atoms' tangent-kernel operator
/// (Gf)_j = (1/n)(1/M) Σ_k Σ_l ⟨∇_θ h_T(X_j; θ_k), ∇_θ h_T(X_l; θ_k)⟩ f_l.
/// </summary>
/// <remarks>
/// Why: for f = Kv (f_j = (1/M)Σ_k ⟨v_k, φ_k(X_j)⟩), ‖f‖² = (1/M)Σ_k ⟨v_k, K*f_k⟩ ≤ ν̄·(1/M)Σ_k‖K*f_k‖
/// ≤ ν̄·√⟨f, Gf⟩ ≤ ν̄·√λ_max·‖f‖ (Cauchy–Schwarz twice, ‖·‖ the empirical L² norm), and s² ≤ ‖f‖².
/// So a teacher whose ν̄_eff sits near this value is as reachable as the class allows on those
/// inputs; a target below it is impossible. λ_max comes from a fixed-start power iteration
/// (converged to ~1e-6 here), so the value is an estimate from above of the true floor.
/// </remarks>
public static class TransportCeiling
{
    public static double MinimumEffectiveNorm(TransportTeacher teacher, int iterations = 300)
    {
        Guard.NotNull(teacher);
        Guard.AtLeast(iterations, 1);
        int n = TransportTeacher.ReferenceSamples, atoms = teacher.Spec.AtomCount, p = teacher.Spec.InputDimension + 1;
        double[] features = Features(teacher, teacher.ReferenceInputs());
        double[] f = new double[n], g = new double[atoms * p], next = new double[n];
        CounterRng rng = CounterRng.For(teacher.Spec.Seed, "teacher.ceiling.start");
        for (int j = 0; j < n; j++) f[j] = 1.0 + rng.NextUniform();
        double eigenvalue = 0;
        for (int it = 0; it < iterations; it++)
        {
            Normalize(f);
            Apply(features, f, g, next, n, atoms, p);
            double rayleigh = 0;
            for (int j = 0; j < n; j++) rayleigh += f[j] * next[j];
            eigenvalue = rayleigh;
            (f, next) = (next, f);
        }
        return 1.0 / Math.Sqrt(eigenvalue);
    }

    /// <summary>next = G f = (1/(nM)) Σ_k Φ_k (Φ_kᵀ f), Φ_k the n×p features of atom k (G is the same map in the Euclidean and the empirical L² inner product).</summary>
    private static void Apply(double[] features, double[] f, double[] g, double[] next, int n, int atoms, int p)
    {
        Array.Clear(g);
        for (int j = 0; j < n; j++)
            for (int k = 0; k < atoms; k++)
                for (int c = 0; c < p; c++) g[k * p + c] += features[(j * atoms + k) * p + c] * f[j];
        double scale = 1.0 / ((double)atoms * n);
        for (int j = 0; j < n; j++)
        {
            double sum = 0;
            for (int k = 0; k < atoms; k++)
                for (int c = 0; c < p; c++) sum += features[(j * atoms + k) * p + c] * g[k * p + c];
            next[j] = sum * scale;
        }
    }

    private static void Normalize(double[] f)
    {
        double squares = 0;
        foreach (double v in f) squares += v * v;
        double inverse = 1.0 / Math.Sqrt(squares);
        for (int j = 0; j < f.Length; j++) f[j] *= inverse;
    }

    /// <summary>∇_θ h_T(X_j; θ_k) for every reference sample j and atom k, [j][k][(w, u)].</summary>
    private static double[] Features(TransportTeacher teacher, double[] inputs)
    {
        int n = TransportTeacher.ReferenceSamples, atoms = teacher.Spec.AtomCount, d = teacher.Spec.InputDimension, p = d + 1;
        int steps = teacher.SequenceLength;
        double a = teacher.Spec.Activation.Scale;
        var features = new double[n * atoms * p];
        Parallel.For(0, n, j =>
        {
            Span<double> theta = stackalloc double[p], grad = stackalloc double[p];
            ReadOnlySpan<double> sequence = inputs.AsSpan(j * steps * d, steps * d);
            for (int k = 0; k < atoms; k++)
            {
                teacher.Atom(k, theta);
                double w = theta[0], h = 0;
                grad.Clear();
                for (int t = 0; t < steps; t++)
                {
                    ReadOnlySpan<double> x = sequence.Slice(t * d, d);
                    double z = w * h;
                    for (int c = 0; c < d; c++) z += theta[1 + c] * x[c];
                    double th = DetMath.Tanh(z), slope = a * (1.0 - th * th);
                    grad[0] = slope * (h + w * grad[0]);
                    for (int c = 0; c < d; c++) grad[1 + c] = slope * (x[c] + w * grad[1 + c]);
                    h = a * th;
                }
                grad.CopyTo(features.AsSpan((j * atoms + k) * p, p));
            }
        });
        return features;
    }
}
