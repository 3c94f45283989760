using MathNet.Numerics.Distributions;

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// A fitted line y ≈ Intercept + Slope·x with the standard errors needed for t-based intervals:
/// the slope is the quantity most claims are judged on (a rate, an exponent).
/// </summary>
/// <param name="Intercept">a.</param>
/// <param name="Slope">b.</param>
/// <param name="InterceptStandardError">SE(a); 0 for a fit through the origin, NaN without residual degrees of freedom.</param>
/// <param name="SlopeStandardError">SE(b); NaN without residual degrees of freedom.</param>
/// <param name="ResidualSumOfSquares">Σ wᵢ(yᵢ − a − b xᵢ)².</param>
/// <param name="RSquared">1 − RSS/TSS (weighted, centred); NaN when y is constant.</param>
/// <param name="Count">Number of points with positive weight.</param>
/// <param name="DegreesOfFreedom">Count minus the number of fitted coefficients.</param>
public sealed record LinearFit(
    double Intercept,
    double Slope,
    double InterceptStandardError,
    double SlopeStandardError,
    double ResidualSumOfSquares,
    double RSquared,
    int Count,
    int DegreesOfFreedom)
{
    /// <summary>a + b·x.</summary>
    public double Predict(double x) => Intercept + Slope * x;

    /// <summary>Residual variance estimate RSS/dof.</summary>
    public double ResidualVariance => DegreesOfFreedom > 0 ? ResidualSumOfSquares / DegreesOfFreedom : double.NaN;

    /// <summary>Two-sided Student-t interval for the slope, b ± t_{dof,1−α/2}·SE(b).</summary>
    public ConfidenceInterval SlopeInterval(double confidenceLevel = 0.95)
        => TInterval(Slope, SlopeStandardError, confidenceLevel);

    /// <summary>Two-sided Student-t interval for the intercept.</summary>
    public ConfidenceInterval InterceptInterval(double confidenceLevel = 0.95)
        => TInterval(Intercept, InterceptStandardError, confidenceLevel);

    private ConfidenceInterval TInterval(double estimate, double standardError, double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "Must lie in (0, 1).");
        if (DegreesOfFreedom < 1 || double.IsNaN(standardError))
            return new ConfidenceInterval(estimate, double.NaN, double.NaN, confidenceLevel, Count, "t");
        double t = StudentT.InvCDF(0.0, 1.0, DegreesOfFreedom, 1.0 - (1.0 - confidenceLevel) / 2.0);
        double half = t * standardError;
        return new ConfidenceInterval(estimate, estimate - half, estimate + half, confidenceLevel, Count, "t");
    }
}
