namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Ordinary and weighted least-squares lines, in closed form with centred sums (accurate, fixed
/// order, deterministic). Weights are inverse variances up to a common factor: the residual scale
/// is estimated from the data (RSS/dof), as in the usual weighted regression.
/// </summary>
public static class LeastSquares
{
    /// <summary>Unweighted fit of y = a + b·x (needs ≥ 2 distinct x).</summary>
    public static LinearFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => FitCore(x, y, default, hasWeights: false);

    /// <summary>Weighted fit minimizing Σ wᵢ(yᵢ − a − b·xᵢ)²; weights ≥ 0, points with weight 0 are ignored.</summary>
    public static LinearFit FitWeighted(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights)
    {
        if (weights.Length != x.Length)
            throw new ArgumentException("One weight per point is required.", nameof(weights));
        return FitCore(x, y, weights, hasWeights: true);
    }

    /// <summary>
    /// Fit of y = b·x through the origin (a proportionality constant, e.g. a scale C calibrated
    /// against a predicted shape). Intercept and its SE are 0; dof = Count − 1; R² is centred.
    /// </summary>
    public static LinearFit FitThroughOrigin(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("x and y must have the same length.", nameof(y));
        ArgumentOutOfRangeException.ThrowIfLessThan(x.Length, 1, nameof(x));
        double sxx = 0, sxy = 0;
        for (int i = 0; i < x.Length; i++) { sxx += x[i] * x[i]; sxy += x[i] * y[i]; }
        if (!(sxx > 0)) throw new ArgumentException("At least one non-zero x is required.", nameof(x));
        double b = sxy / sxx;
        double rss = 0;
        for (int i = 0; i < x.Length; i++) { double r = y[i] - b * x[i]; rss += r * r; }
        int dof = x.Length - 1;
        double se = dof > 0 ? Math.Sqrt(rss / dof / sxx) : double.NaN;
        return new LinearFit(0.0, b, 0.0, se, rss, RSquared(y, default, rss), x.Length, dof);
    }

    private static LinearFit FitCore(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> w, bool hasWeights)
    {
        if (x.Length != y.Length) throw new ArgumentException("x and y must have the same length.", nameof(y));
        double sw = 0, swx = 0, swy = 0;
        int count = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double wi = hasWeights ? w[i] : 1.0;
            if (double.IsNaN(wi) || wi < 0 || double.IsInfinity(wi))
                throw new ArgumentException($"Weight {i} is {wi}; weights must be finite and ≥ 0.", nameof(w));
            if (wi == 0) continue;
            count++;
            sw += wi; swx += wi * x[i]; swy += wi * y[i];
        }
        if (count < 2) throw new ArgumentException("At least two points with positive weight are required.", nameof(x));
        double xBar = swx / sw, yBar = swy / sw;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double wi = hasWeights ? w[i] : 1.0;
            if (wi == 0) continue;
            double dx = x[i] - xBar;
            sxx += wi * dx * dx;
            sxy += wi * dx * (y[i] - yBar);
        }
        if (!(sxx > 0)) throw new ArgumentException("At least two distinct x values are required.", nameof(x));
        double b = sxy / sxx;
        double a = yBar - b * xBar;
        double rss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double wi = hasWeights ? w[i] : 1.0;
            if (wi == 0) continue;
            double r = y[i] - a - b * x[i];
            rss += wi * r * r;
        }
        int dof = count - 2;
        double seB = double.NaN, seA = double.NaN;
        if (dof > 0)
        {
            double s2 = rss / dof;
            seB = Math.Sqrt(s2 / sxx);
            seA = Math.Sqrt(s2 * (1.0 / sw + xBar * xBar / sxx));
        }
        return new LinearFit(a, b, seA, seB, rss, RSquared(y, hasWeights ? w : default, rss), count, dof);
    }

    private static double RSquared(ReadOnlySpan<double> y, ReadOnlySpan<double> w, double rss)
    {
        bool weighted = !w.IsEmpty;
        double sw = 0, swy = 0;
        for (int i = 0; i < y.Length; i++) { double wi = weighted ? w[i] : 1.0; sw += wi; swy += wi * y[i]; }
        double yBar = swy / sw, tss = 0;
        for (int i = 0; i < y.Length; i++) { double wi = weighted ? w[i] : 1.0; double d = y[i] - yBar; tss += wi * d * d; }
        return tss > 0 ? 1.0 - rss / tss : double.NaN;
    }
}
