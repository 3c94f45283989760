using Repro.Theory.Numerics;

namespace Repro.Theory.Claims;

/// <summary>
/// The width m* at which a loss measured on a grid of widths first falls to a target, interpolated between the two grid
/// widths around that first crossing, linearly in ln m vs ln loss (a power law between neighbours), so that m* is not
/// quantized to the grid: on an octave grid one step is a factor 2, as large as a whole factor-2 drift limit.
/// </summary>
/// <param name="Width">m*; the largest width when <paramref name="Censored"/> (a lower bound), the smallest when <paramref name="BelowGrid"/> (an upper bound).</param>
/// <param name="Censored">No grid width reaches the target: m* lies beyond the grid.</param>
/// <param name="BelowGrid">The smallest width already reaches the target: the crossing lies below the grid.</param>
public sealed record CrossingWidth(double Width, bool Censored, bool BelowGrid)
{
    /// <summary>How m* is read off the grid, as printed.</summary>
    public const string Method = "interpolated between the two grid widths around the first crossing, linearly in ln m vs ln loss; beyond the grid it is censored at the largest width, below it set to the smallest";

    /// <param name="widths">The grid, strictly increasing and positive.</param>
    /// <param name="losses">The loss at each width (a NaN never reaches the target).</param>
    /// <param name="target">The loss to reach, positive.</param>
    public static CrossingWidth Of(IReadOnlyList<int> widths, IReadOnlyList<double> losses, double target)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(losses);
        if (widths.Count == 0 || losses.Count != widths.Count) throw new ArgumentException("One loss per width, at least one width.", nameof(losses));
        if (widths[0] <= 0 || widths.Zip(widths.Skip(1)).Any(w => w.Second <= w.First)) throw new ArgumentException("Widths must be positive and strictly increasing.", nameof(widths));
        if (!(target > 0)) throw new ArgumentOutOfRangeException(nameof(target), target, "Must be positive.");
        int k = Enumerable.Range(0, widths.Count).FirstOrDefault(i => losses[i] <= target, -1);
        if (k < 0) return new CrossingWidth(widths[^1], Censored: true, BelowGrid: false);
        if (k == 0) return new CrossingWidth(widths[0], Censored: false, BelowGrid: true);
        double above = losses[k - 1], below = losses[k];
        // Above the target by construction; a non-finite loss above, or an exact zero below, has no log: keep the grid width (an upper bound).
        if (!double.IsFinite(above) || !(below > 0)) return new CrossingWidth(widths[k], false, false);
        double lnAbove = DetMath.Log(above), t = (lnAbove - DetMath.Log(target)) / (lnAbove - DetMath.Log(below));
        double lnLow = DetMath.Log(widths[k - 1]);
        return new CrossingWidth(DetMath.Exp(lnLow + t * (DetMath.Log(widths[k]) - lnLow)), false, false);
    }
}
