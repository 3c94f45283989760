using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Bounds;

/// <summary>
/// The theorem's step size and union-bound logarithm, with their constants from <see cref="PaperConstants"/>.
/// Transcendentals go through <see cref="DetMath"/>, so they are deterministic.
/// </summary>
public static class PredictedShapes
{
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
