namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// The spread of the log samples of a two-level series, pooled over its points: between (data, teacher) draws and
/// between initial seeds within a draw. It sets the noise of a rule's synthetic controls, so that they are as noisy
/// as the claim's own measurements.
/// </summary>
/// <param name="BetweenDraw">Pooled SD of the draws' log-means around their point's log-mean (it includes the seeds'
/// share σ_w²/S, so it slightly overstates the draw effect: the controls err on the noisy side).</param>
/// <param name="WithinDraw">Pooled SD of ln x around its draw's log-mean.</param>
public sealed record NoiseLevel(double BetweenDraw, double WithinDraw)
{
    /// <summary>No noise (a single draw and seed, or no finite log sample).</summary>
    public static NoiseLevel None { get; } = new(0, 0);

    /// <summary>SD of the log of a point's <see cref="HierarchicalBootstrap.GeometricMean"/> over D draws × S seeds.</summary>
    public double StandardErrorOfLogMean(int draws, int seeds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        return Math.Sqrt(BetweenDraw * BetweenDraw / draws + WithinDraw * WithinDraw / ((double)draws * seeds));
    }

    /// <summary>Pooled spreads of ln x over the points (each samples[draw][seed]); non-finite logs are left out.</summary>
    public static NoiseLevel Of(IEnumerable<double[][]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        double within = 0, between = 0;
        long withinDof = 0, betweenDof = 0;
        foreach (double[][] point in points)
        {
            var means = new List<double>();
            foreach (double[] draw in point)
            {
                var logs = draw.Select(DetMath.Log).Where(double.IsFinite).ToArray();
                if (logs.Length == 0) continue;
                double mean = logs.Average();
                foreach (double l in logs) within += (l - mean) * (l - mean);
                withinDof += logs.Length - 1;
                means.Add(mean);
            }
            if (means.Count == 0) continue;
            double grand = means.Average();
            foreach (double m in means) between += (m - grand) * (m - grand);
            betweenDof += means.Count - 1;
        }
        return new NoiseLevel(
            betweenDof > 0 ? Math.Sqrt(between / betweenDof) : 0,
            withinDof > 0 ? Math.Sqrt(within / withinDof) : 0);
    }
}
