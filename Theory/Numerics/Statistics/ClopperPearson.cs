using MathNet.Numerics.Distributions;

namespace Repro.Theory.Numerics.Statistics;

/// <summary>The exact (Clopper–Pearson) binomial interval: k successes of N, from Beta quantiles; it never under-covers.</summary>
public static class ClopperPearson
{
    /// <summary>The <see cref="ConfidenceInterval.Method"/> of every interval made here.</summary>
    public const string Method = "Clopper–Pearson";

    /// <summary>Two-sided interval of the success probability; estimate k/N. NaN ends (and estimate) when N = 0.</summary>
    public static ConfidenceInterval Interval(int successes, int trials, double confidenceLevel = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, successes);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "Must lie in (0, 1).");
        if (trials == 0) return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, confidenceLevel, 0, Method);
        double tail = (1 - confidenceLevel) / 2;
        double low = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, tail);
        double high = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - tail);
        return new ConfidenceInterval((double)successes / trials, low, high, confidenceLevel, trials, Method);
    }
}
