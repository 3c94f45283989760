namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Percentile bootstrap over a two-level sample: (data, teacher) draws, then initial seeds within each draw
/// (CLAIM-TESTS.md, principle 4). A series is a list of points, each <c>samples[draw][seed]</c>; draw d is the same
/// dataset and teacher at every point of the sweep, so a resample picks its draw indices once for the whole series
/// (and, within each picked draw, its seed indices once), keeping the correlation of a draw across points.
/// </summary>
/// <remarks>
/// Deterministic: resample b draws from <see cref="CounterRng"/> stream (seed, stream name, b). Degenerate sizes:
/// with one draw the between-draw variance — the largest source, ×3–4 on τ* — cannot be estimated, and resampling
/// seeds alone would under-cover, so the interval ends are NaN (a rule then cannot decide on the interval). With one
/// seed per draw only the draws are resampled, which is the exact hierarchical bootstrap for that design. If the
/// statistic is NaN on any resample the ends are NaN.
/// </remarks>
public static class HierarchicalBootstrap
{
    /// <summary>The <see cref="ConfidenceInterval.Method"/> of every interval made here.</summary>
    public const string Method = "hierarchical bootstrap";

    /// <summary>Percentile CI of <paramref name="statistic"/>, a function of a whole series (points × draws × seeds).</summary>
    public static ConfidenceInterval Percentile(
        IReadOnlyList<double[][]> series, Func<IReadOnlyList<double[][]>, double> statistic, BootstrapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        int draws = Validate(series, settings);
        double estimate = statistic(series);
        if (draws == 1) return new ConfidenceInterval(estimate, double.NaN, double.NaN, settings.ConfidenceLevel, 1, Method);
        var stats = new double[settings.Resamples];
        var resample = new double[series.Count][][];
        for (int p = 0; p < resample.Length; p++) resample[p] = new double[draws][];
        var picked = new int[series[0].Max(d => d.Length)];
        for (int b = 0; b < stats.Length; b++)
        {
            var rng = CounterRng.For(settings.Seed, settings.Stream, b);
            for (int j = 0; j < draws; j++)
            {
                int d = NextIndex(rng, draws);
                int seeds = series[0][d].Length;
                for (int k = 0; k < seeds; k++) picked[k] = NextIndex(rng, seeds);
                for (int p = 0; p < resample.Length; p++)
                {
                    // Rows are reused while the slot keeps its seed count (always, when every draw has the same seeds).
                    var row = resample[p][j]?.Length == seeds ? resample[p][j] : resample[p][j] = new double[seeds];
                    for (int k = 0; k < seeds; k++) row[k] = series[p][d][picked[k]];
                }
            }
            stats[b] = statistic(resample);
        }
        return Interval(estimate, stats, settings.ConfidenceLevel, draws);
    }

    /// <summary>CI of the <see cref="GeometricMean"/> of one point.</summary>
    public static ConfidenceInterval GeometricMeanInterval(double[][] point, BootstrapSettings settings)
        => Percentile([point], s => GeometricMean(s[0]), settings);

    /// <summary>
    /// exp(mean over draws of the mean over seeds of ln x): each draw weighs the same whatever its seed count. NaN if
    /// any value is negative or NaN; a 0 gives 0 and a +∞ gives +∞ (e.g. a target never reached).
    /// </summary>
    public static double GeometricMean(double[][] point) => DetMath.Exp(LogMean(point));

    /// <summary>Mean over draws of the mean over seeds of ln x (see <see cref="GeometricMean"/>).</summary>
    public static double LogMean(double[][] point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Length == 0) return double.NaN;
        double sum = 0;
        foreach (double[] draw in point)
        {
            if (draw.Length == 0) return double.NaN;
            double s = 0;
            foreach (double v in draw) s += DetMath.Log(v);
            sum += s / draw.Length;
        }
        return sum / point.Length;
    }

    /// <summary>Uniform index in [0, count): multiply-shift of 32 random bits, as <see cref="Bootstrap"/> does.</summary>
    private static int NextIndex(CounterRng rng, int count) => (int)(((rng.NextBits() >> 32) * (ulong)count) >> 32);

    private static ConfidenceInterval Interval(double estimate, double[] stats, double level, int draws)
    {
        foreach (double s in stats)
            if (double.IsNaN(s)) return new ConfidenceInterval(estimate, double.NaN, double.NaN, level, draws, Method);
        Array.Sort(stats);
        double alpha = 1.0 - level;
        return new ConfidenceInterval(
            estimate, Bootstrap.Quantile(stats, alpha / 2), Bootstrap.Quantile(stats, 1.0 - alpha / 2), level, draws, Method);
    }

    /// <summary>Every point has the same draws, and draw d the same number (≥ 1) of seeds at every point; returns the draw count.</summary>
    private static int Validate(IReadOnlyList<double[][]> series, BootstrapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(settings.Stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Resamples, 1);
        if (!(settings.ConfidenceLevel > 0 && settings.ConfidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(settings), settings.ConfidenceLevel, "ConfidenceLevel must lie in (0, 1).");
        if (series.Count == 0) throw new ArgumentException("A series needs at least one point.", nameof(series));
        int draws = series[0]?.Length ?? 0;
        if (draws == 0) throw new ArgumentException("Each point needs at least one draw.", nameof(series));
        foreach (double[][] point in series)
        {
            if (point is null || point.Length != draws)
                throw new ArgumentException($"Every point needs the same {draws} draws (draws are shared across the sweep).", nameof(series));
            for (int d = 0; d < draws; d++)
                if (point[d] is null || point[d].Length == 0 || point[d].Length != series[0][d].Length)
                    throw new ArgumentException($"Draw {d} needs the same number (≥ 1) of seeds at every point.", nameof(series));
        }
        return draws;
    }
}
