using Repro.Theory.Bounds;

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Log-linear growth-rate fits per memory regime for the T-cutoff (claim C4), and the rate the
/// predicted shape y ∝ S_T(λ)^k would give on the same T grid.
/// </summary>
/// <remarks>
/// λ &lt; 1 and λ &gt; 1: ln y = a + r·T (r → 0 and r → k·ln λ as T grows). λ = 1: ln y = a + q·ln T
/// (q → k, a polynomial degree). Because finite T grids sit partly in the transient
/// (S_T(0.9) goes from 1 to ≈ 10 before it saturates), a verdict should compare a measured rate
/// with <see cref="PredictedRate"/> — the same regression applied to the noise-free shape on the
/// same grid — rather than with the asymptotic value <see cref="AsymptoticRate"/>.
/// </remarks>
public static class RegimeRateFit
{
    /// <summary>Fits ln y on the regime's regressor (T, or ln T at the critical point); y &gt; 0, T ≥ 1.</summary>
    public static RegimeRate Fit(MemoryRegime regime, ReadOnlySpan<int> sequenceLengths, ReadOnlySpan<double> values, double confidenceLevel = 0.95)
    {
        if (sequenceLengths.Length != values.Length)
            throw new ArgumentException("Each T needs exactly one value.", nameof(values));
        var x = Regressors(regime, sequenceLengths);
        var y = new double[values.Length];
        for (int i = 0; i < y.Length; i++)
        {
            if (!(values[i] > 0) || double.IsInfinity(values[i]))
                throw new ArgumentException($"Value {i} is {values[i]}; growth rates need positive finite values.", nameof(values));
            y[i] = DetMath.Log(values[i]);
        }
        var fit = LeastSquares.Fit(x, y);
        return new RegimeRate(regime, fit, fit.SlopeInterval(confidenceLevel), RegressorName(regime), x.Max() - x.Min());
    }

    /// <summary>The rate the noise-free shape S_T(λ)^k gives under the same regression on the same T grid.</summary>
    public static double PredictedRate(MemoryRegime regime, double lambda, ReadOnlySpan<int> sequenceLengths, double exponent)
    {
        var x = Regressors(regime, sequenceLengths);
        var y = new double[x.Length];
        for (int i = 0; i < y.Length; i++)
        {
            double s = MemoryFactor.Evaluate(lambda, sequenceLengths[i]);
            if (!double.IsFinite(s)) throw new ArgumentException($"S_T(λ) overflows at T = {sequenceLengths[i]}.", nameof(sequenceLengths));
            y[i] = exponent * DetMath.Log(s);
        }
        return LeastSquares.Fit(x, y).Slope;
    }

    /// <summary>The T → ∞ rate: 0 below the cutoff, k at the critical point (degree in T), k·ln λ above.</summary>
    public static double AsymptoticRate(MemoryRegime regime, double lambda, double exponent) => regime switch
    {
        MemoryRegime.Contracting => 0.0,
        MemoryRegime.Critical => exponent,
        MemoryRegime.Expanding => exponent * DetMath.Log(lambda),
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    /// <summary>The exponent k of y ∝ S_T(λ)^k: slope of ln y on ln S_T(λ) (fit it on the calibration slice).</summary>
    public static LinearFit FitMemoryExponent(ReadOnlySpan<double> memoryFactors, ReadOnlySpan<double> values)
    {
        if (memoryFactors.Length != values.Length)
            throw new ArgumentException("Each memory factor needs exactly one value.", nameof(values));
        var x = new double[values.Length];
        var y = new double[values.Length];
        for (int i = 0; i < x.Length; i++)
        {
            if (!(memoryFactors[i] > 0) || !(values[i] > 0) || !double.IsFinite(memoryFactors[i]) || !double.IsFinite(values[i]))
                throw new ArgumentException($"Point {i}: S_T and y must be positive and finite.", nameof(values));
            x[i] = DetMath.Log(memoryFactors[i]);
            y[i] = DetMath.Log(values[i]);
        }
        return LeastSquares.Fit(x, y);
    }

    /// <summary>"ln T" at the critical point, "T" otherwise.</summary>
    public static string RegressorName(MemoryRegime regime) => regime == MemoryRegime.Critical ? "ln T" : "T";

    private static double[] Regressors(MemoryRegime regime, ReadOnlySpan<int> sequenceLengths)
    {
        var x = new double[sequenceLengths.Length];
        for (int i = 0; i < x.Length; i++)
        {
            int t = sequenceLengths[i];
            if (t < 1) throw new ArgumentOutOfRangeException(nameof(sequenceLengths), t, "T must be ≥ 1.");
            x[i] = regime == MemoryRegime.Critical ? DetMath.Log(t) : t;
        }
        return x;
    }
}
