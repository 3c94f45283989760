namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Percentile bootstrap confidence intervals over seed-level samples. Deterministic: resample b
/// draws its indices from <see cref="CounterRng"/> stream (seed, stream name, b), so the interval
/// depends only on the data, the seed, the stream name and B — not on threads or call order.
/// </summary>
/// <remarks>
/// Percentile interval: the α/2 and 1−α/2 quantiles (linear interpolation between order
/// statistics, "type 7") of the statistic over B resamples with replacement. It under-covers
/// slightly for very small samples, which is why verdicts require a minimum sample count.
/// If the statistic is NaN on any resample, the interval ends are NaN (a verdict then cannot PASS).
/// </remarks>
public static class Bootstrap
{
    /// <summary>Default number of resamples B.</summary>
    public const int DefaultResamples = 2000;

    /// <summary>Percentile CI of <paramref name="statistic"/> over scalar samples (e.g. one value per seed).</summary>
    public static ConfidenceInterval Percentile(
        ReadOnlySpan<double> samples,
        Func<ReadOnlySpan<double>, double> statistic,
        ulong seed,
        string stream,
        double confidenceLevel = 0.95,
        int resamples = DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        Validate(samples.Length, stream, confidenceLevel, resamples);
        double estimate = statistic(samples);
        var buffer = new double[samples.Length];
        var stats = new double[resamples];
        for (int b = 0; b < resamples; b++)
        {
            var rng = CounterRng.For(seed, stream, b);
            for (int i = 0; i < buffer.Length; i++) buffer[i] = samples[NextIndex(rng, samples.Length)];
            stats[b] = statistic(buffer);
        }
        return Interval(estimate, stats, confidenceLevel, samples.Length);
    }

    /// <summary>Percentile CI of the mean.</summary>
    public static ConfidenceInterval MeanInterval(
        ReadOnlySpan<double> samples, ulong seed, string stream, double confidenceLevel = 0.95, int resamples = DefaultResamples)
        => Percentile(samples, Mean, seed, stream, confidenceLevel, resamples);

    /// <summary>
    /// Percentile CI of a statistic of whole units (e.g. each unit = one seed's full series; the
    /// statistic = a slope fitted to the resampled seeds' mean series). Resampling whole seeds keeps
    /// the within-seed correlation across settings.
    /// </summary>
    public static ConfidenceInterval PercentileOverUnits<T>(
        IReadOnlyList<T> units,
        Func<IReadOnlyList<T>, double> statistic,
        ulong seed,
        string stream,
        double confidenceLevel = 0.95,
        int resamples = DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(statistic);
        Validate(units.Count, stream, confidenceLevel, resamples);
        double estimate = statistic(units);
        var buffer = new T[units.Count];
        var stats = new double[resamples];
        for (int b = 0; b < resamples; b++)
        {
            var rng = CounterRng.For(seed, stream, b);
            for (int i = 0; i < buffer.Length; i++) buffer[i] = units[NextIndex(rng, units.Count)];
            stats[b] = statistic(buffer);
        }
        return Interval(estimate, stats, confidenceLevel, units.Count);
    }

    /// <summary>Quantile p ∈ [0, 1] of ascending-sorted values, linear interpolation between order statistics.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Must lie in [0, 1].");
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        double frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[hi] - sorted[lo]);
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        double s = 0;
        foreach (double v in values) s += v;
        return s / values.Length;
    }

    /// <summary>Uniform index in [0, count): multiply-shift of 32 random bits (bias ≤ count/2³², negligible).</summary>
    private static int NextIndex(CounterRng rng, int count) => (int)(((rng.NextBits() >> 32) * (ulong)count) >> 32);

    private static ConfidenceInterval Interval(double estimate, double[] stats, double confidenceLevel, int sampleCount)
    {
        foreach (double s in stats)
            if (double.IsNaN(s))
                return new ConfidenceInterval(estimate, double.NaN, double.NaN, confidenceLevel, sampleCount, "bootstrap");
        Array.Sort(stats);
        double alpha = 1.0 - confidenceLevel;
        return new ConfidenceInterval(
            estimate,
            Quantile(stats, alpha / 2),
            Quantile(stats, 1.0 - alpha / 2),
            confidenceLevel,
            sampleCount,
            "bootstrap");
    }

    private static void Validate(int count, string stream, double confidenceLevel, int resamples)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "Must lie in (0, 1).");
    }
}
