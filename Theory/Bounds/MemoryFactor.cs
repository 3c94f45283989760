using Repro.Theory.Numerics;

namespace Repro.Theory.Bounds;

/// <summary>
/// The memory factor S_T(λ) = Σ_{k&lt;T} λ^k = (1 − λ^T)/(1 − λ) (= T at λ = 1): the geometric
/// sum through which the sequence length T enters every bound of the paper. It is computed so
/// that it is accurate near λ = 1 (where the closed form cancels catastrophically) and finite or
/// +∞ — never NaN — for large T.
/// </summary>
/// <remarks>
/// For T ≤ <see cref="DirectSummationLimit"/> the sum is evaluated by Horner's rule
/// (s ← 1 + λ·s), which has only positive terms, so its relative error is at most ~2T ulp and it
/// is exactly T at λ = 1. For larger T it uses S_T = expm1(T·log1p(δ))/δ with δ = λ − 1 (exact
/// for λ ∈ [½, 2]); log1p and expm1 are evaluated by their own short series for small arguments
/// (the atanh series and the Taylor series, + − × ÷ only), so the result stays accurate to a few
/// ulp times |T·log λ| however close λ is to 1, independently of how accurate
/// <see cref="DetMath"/> is near 0. Larger arguments use <see cref="DetMath.Log"/> and
/// <see cref="DetMath.Exp"/>, keeping everything deterministic.
/// </remarks>
public static class MemoryFactor
{
    /// <summary>Largest T summed directly; above it the stable closed form is used.</summary>
    public const int DirectSummationLimit = 64;

    /// <summary>S_T(λ) for λ ≥ 0 (λ = +∞ allowed: S_0 = 0, S_1 = 1, +∞ beyond) and T ≥ 0.</summary>
    /// <param name="lambda">λ = σ₁ × (largest recurrent weight magnitude); must be ≥ 0.</param>
    /// <param name="sequenceLength">T, the number of terms; S_0 = 0.</param>
    public static double Evaluate(double lambda, int sequenceLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequenceLength);
        if (double.IsNaN(lambda) || lambda < 0)
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be a non-negative number.");
        if (sequenceLength == 0) return 0;
        if (sequenceLength == 1 || lambda == 0) return 1; // only the λ^0 term survives
        if (double.IsPositiveInfinity(lambda)) return double.PositiveInfinity;
        if (lambda == 1) return sequenceLength;
        return sequenceLength <= DirectSummationLimit
            ? Horner(lambda, sequenceLength)
            : ClosedForm(lambda, sequenceLength);
    }

    /// <summary>The regime of λ: below, at or above the cutoff λ = 1.</summary>
    public static MemoryRegime Regime(double lambda)
    {
        if (double.IsNaN(lambda) || lambda < 0)
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be a non-negative number.");
        return lambda < 1 ? MemoryRegime.Contracting : lambda == 1 ? MemoryRegime.Critical : MemoryRegime.Expanding;
    }

    /// <summary>sup_T S_T(λ) = 1/(1−λ) for λ &lt; 1, +∞ otherwise.</summary>
    public static double Limit(double lambda)
    {
        _ = Regime(lambda);
        return lambda < 1 ? 1.0 / (1.0 - lambda) : double.PositiveInfinity;
    }

    private static double Horner(double lambda, int terms)
    {
        double s = 0;
        for (int k = 0; k < terms; k++) s = 1.0 + lambda * s;
        return s;
    }

    private static double ClosedForm(double lambda, int terms)
    {
        double delta = lambda - 1.0;
        double x = terms * Log1p(lambda, delta);
        if (x > 709.0) return double.PositiveInfinity; // λ^T alone overflows
        double s = Expm1(x) / delta;
        return double.IsNaN(s) ? double.PositiveInfinity : s;
    }

    /// <summary>log λ = log1p(δ): atanh series 2(s + s³/3 + …), s = δ/(2+δ), for |δ| ≤ ½.</summary>
    private static double Log1p(double lambda, double delta)
    {
        if (Math.Abs(delta) > 0.5) return DetMath.Log(lambda);
        double s = delta / (2.0 + delta);
        double s2 = s * s;
        double power = s;
        double sum = 0;
        for (int k = 1; k < 80; k += 2)
        {
            double term = power / k;
            double next = sum + term;
            if (next == sum) break;
            sum = next;
            power *= s2;
        }
        return 2.0 * sum;
    }

    /// <summary>e^x − 1: Taylor series for |x| ≤ ½ (no cancellation), exp − 1 beyond.</summary>
    private static double Expm1(double x)
    {
        if (Math.Abs(x) > 0.5) return DetMath.Exp(x) - 1.0;
        double term = x;
        double sum = x;
        for (int k = 2; k < 40; k++)
        {
            term *= x / k;
            double next = sum + term;
            if (next == sum) break;
            sum = next;
        }
        return sum;
    }
}
