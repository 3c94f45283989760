using Repro.Theory.Numerics;

namespace Repro.Theory.Bounds;

/// <summary>
/// ‖W‖₂ of a square matrix, for the v1 memory factor λ = σ₁‖W‖₂. Deterministic: fixed start
/// vector from <see cref="CounterRng"/>, fixed-order loops, an iteration cap and a tolerance.
/// </summary>
public static class SpectralNorm
{
    /// <summary>Default cap on power iterations.</summary>
    public const int DefaultMaxIterations = 1000;

    /// <summary>Default relative tolerance on successive estimates.</summary>
    public const double DefaultRelativeTolerance = 1e-13;

    /// <summary>
    /// Power iteration on WᵀW from a fixed Gaussian start vector. The estimate ‖Wv‖ for unit v
    /// never exceeds ‖W‖₂ and increases monotonically towards it; it stops when successive
    /// estimates agree to <paramref name="relativeTolerance"/> or after
    /// <paramref name="maxIterations"/>. Being a lower estimate, it can only make a bound built
    /// from it stricter; <see cref="UpperBound"/> gives a certified (looser) upper value.
    /// </summary>
    /// <param name="matrixRowMajor">W, m×m, row-major.</param>
    /// <param name="m">The dimension (width).</param>
    /// <param name="maxIterations">Iteration cap.</param>
    /// <param name="relativeTolerance">Stop when the estimate changes by at most this fraction.</param>
    /// <param name="seed">Root seed of the start vector's stream.</param>
    public static double PowerIteration(
        ReadOnlySpan<double> matrixRowMajor,
        int m,
        int maxIterations = DefaultMaxIterations,
        double relativeTolerance = DefaultRelativeTolerance,
        ulong seed = 0)
    {
        Validate(matrixRowMajor, m);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);

        var v = new double[m];
        var wv = new double[m];
        CounterRng.For(seed, "spectral-norm-start", m).FillNormal(v);
        if (Normalize(v) == 0) v[0] = 1;

        double estimate = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            Multiply(matrixRowMajor, m, v, wv);             // wv = W v
            double norm = Norm(wv);                          // ‖Wv‖ ≤ ‖W‖₂
            if (norm == 0) return estimate;                  // v in the kernel: W = 0 or exact null vector
            bool converged = norm - estimate <= relativeTolerance * norm;
            estimate = Math.Max(estimate, norm);
            if (converged) break;
            MultiplyTransposed(matrixRowMajor, m, wv, v);    // v = Wᵀ W v
            if (Normalize(v) == 0) break;
        }
        return estimate;
    }

    /// <summary>Certified upper bound min(‖W‖_F, √(‖W‖₁‖W‖_∞)) ≥ ‖W‖₂.</summary>
    public static double UpperBound(ReadOnlySpan<double> matrixRowMajor, int m)
    {
        Validate(matrixRowMajor, m);
        double frobenius = 0, maxRow = 0;
        var columnSums = new double[m];
        for (int i = 0; i < m; i++)
        {
            double row = 0;
            for (int j = 0; j < m; j++)
            {
                double a = matrixRowMajor[i * m + j];
                frobenius += a * a;
                row += Math.Abs(a);
                columnSums[j] += Math.Abs(a);
            }
            maxRow = Math.Max(maxRow, row);
        }
        double maxColumn = 0;
        foreach (double c in columnSums) maxColumn = Math.Max(maxColumn, c);
        return Math.Min(Math.Sqrt(frobenius), Math.Sqrt(maxRow * maxColumn));
    }

    private static void Validate(ReadOnlySpan<double> matrix, int m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        if (matrix.Length != (long)m * m)
            throw new ArgumentException($"Expected {m}×{m} = {(long)m * m} entries, got {matrix.Length}.", nameof(matrix));
    }

    private static void Multiply(ReadOnlySpan<double> a, int m, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < m; i++)
        {
            double s = 0;
            var row = a.Slice(i * m, m);
            for (int j = 0; j < m; j++) s += row[j] * x[j];
            y[i] = s;
        }
    }

    private static void MultiplyTransposed(ReadOnlySpan<double> a, int m, ReadOnlySpan<double> x, Span<double> y)
    {
        y.Clear();
        for (int i = 0; i < m; i++)
        {
            double xi = x[i];
            var row = a.Slice(i * m, m);
            for (int j = 0; j < m; j++) y[j] += row[j] * xi;
        }
    }

    private static double Norm(ReadOnlySpan<double> x)
    {
        double scale = 0;
        foreach (double e in x) scale = Math.Max(scale, Math.Abs(e));
        if (scale == 0) return 0;
        double s = 0;
        foreach (double e in x) { double r = e / scale; s += r * r; }
        return scale * Math.Sqrt(s);
    }

    private static double Normalize(Span<double> x)
    {
        double n = Norm(x);
        if (n == 0) return 0;
        for (int i = 0; i < x.Length; i++) x[i] /= n;
        return n;
    }
}
