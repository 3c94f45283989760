using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Bounds;

/// <summary>
/// The predicted forms of the bounds, with every exponent taken from <see cref="PaperConstants"/>
/// and no fitted constant inside: a shape times a scale that is calibrated elsewhere (on the
/// calibration slice). Transcendentals go through <see cref="DetMath"/>, so shapes are deterministic.
/// </summary>
public static class PredictedShapes
{
    /// <summary>Width shape S_T^6 · log(U·n/δ) / ε² (m* ≈ C_m × this).</summary>
    /// <param name="memoryFactor">S_T(λ).</param>
    /// <param name="sampleCount">n.</param>
    /// <param name="delta">δ, failure probability.</param>
    /// <param name="epsilon">ε, target (relative) loss.</param>
    public static double WidthShape(double memoryFactor, double sampleCount, double delta, double epsilon)
    {
        RequirePositive(memoryFactor, nameof(memoryFactor));
        RequirePositive(epsilon, nameof(epsilon));
        return Powers.Pow(memoryFactor, PaperConstants.WidthMemoryExponent)
             * Powers.Pow(UnionLog(sampleCount, delta), PaperConstants.WidthLogExponent)
             / Powers.Pow(epsilon, PaperConstants.WidthAccuracyExponent);
    }

    /// <summary>Iteration shape ν̄² / (η ε) (τ* ≈ C_τ × this).</summary>
    public static double IterationShape(double transportNorm, double stepSize, double epsilon)
    {
        RequirePositive(stepSize, nameof(stepSize));
        RequirePositive(epsilon, nameof(epsilon));
        if (double.IsNaN(transportNorm) || transportNorm < 0)
            throw new ArgumentOutOfRangeException(nameof(transportNorm), transportNorm, "ν̄ must be non-negative.");
        return Powers.Pow(transportNorm, PaperConstants.IterationTransportExponent)
             / (stepSize * Powers.Pow(epsilon, PaperConstants.IterationAccuracyExponent));
    }

    /// <summary>Smoothness shape β_T ∝ S_T(λ)^3.</summary>
    public static double SmoothnessShape(double memoryFactor)
    {
        RequirePositive(memoryFactor, nameof(memoryFactor));
        return Powers.Pow(memoryFactor, PaperConstants.SmoothnessMemoryExponent);
    }

    /// <summary>Linearization error shape β_T ρ² / √m (error ≈ C_lin × this).</summary>
    public static double LinearizationError(double smoothness, double rho, double width)
    {
        RequirePositive(width, nameof(width));
        if (double.IsNaN(smoothness) || smoothness < 0)
            throw new ArgumentOutOfRangeException(nameof(smoothness), smoothness, "β_T must be non-negative.");
        if (double.IsNaN(rho) || rho < 0)
            throw new ArgumentOutOfRangeException(nameof(rho), rho, "ρ must be non-negative.");
        return smoothness * Powers.Pow(rho, PaperConstants.LinearizationRadiusExponent)
             / Powers.Pow(width, PaperConstants.LinearizationWidthExponent);
    }

    /// <summary>Random-feature error shape √(H·log(U·n/δ)/m) (error ≈ C_rf × this).</summary>
    public static double RandomFeatureError(double sampleCount, double delta, double width)
    {
        RequirePositive(width, nameof(width));
        return Math.Sqrt(PaperConstants.HoeffdingFactor * UnionLog(sampleCount, delta))
             / Powers.Pow(width, PaperConstants.RandomFeatureWidthExponent);
    }

    /// <summary>Step size η = η₀ / (σ₁² S_T(λ)² (1 + σ₀²)), stable across T and λ.</summary>
    public static double StepSize(double sigma0, double sigma1, double memoryFactor)
    {
        RequirePositive(sigma1, nameof(sigma1));
        RequirePositive(memoryFactor, nameof(memoryFactor));
        if (double.IsNaN(sigma0) || sigma0 < 0)
            throw new ArgumentOutOfRangeException(nameof(sigma0), sigma0, "σ₀ must be non-negative.");
        double l = sigma1 * memoryFactor;
        return PaperConstants.StepSizeScale / (l * l * (1.0 + sigma0 * sigma0));
    }

    /// <summary>log(U·n/δ), the union-bound logarithm.</summary>
    public static double UnionLog(double sampleCount, double delta)
    {
        RequirePositive(sampleCount, nameof(sampleCount));
        if (!(delta > 0 && delta < 1))
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "δ must lie in (0, 1).");
        return DetMath.Log(PaperConstants.UnionBoundMultiplier * sampleCount / delta);
    }

    private static void RequirePositive(double value, string name)
    {
        if (!(value > 0))
            throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
    }
}
