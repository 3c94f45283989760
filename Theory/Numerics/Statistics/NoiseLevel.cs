namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// The spread of the log samples of a two-level series (points × draws × seeds), in three parts: a draw's effect
/// shared by every point of the sweep (the same dataset and teacher at every T), the part of it that changes from
/// point to point, and the seeds within a draw. It sets the noise of a rule's synthetic controls, so that they are
/// as noisy as the claim's own measurements and correlated the same way.
/// </summary>
/// <param name="SharedDraw">SD of a draw's effect common to all points (moves the whole series up or down).</param>
/// <param name="DrawByPoint">SD of a draw's effect that differs between points.</param>
/// <param name="WithinDraw">Pooled SD of ln x around its draw's log-mean at a point.</param>
public sealed record NoiseLevel(double SharedDraw, double DrawByPoint, double WithinDraw)
{
    /// <summary>No noise (a single draw and seed, or no finite log sample).</summary>
    public static NoiseLevel None { get; } = new(0, 0, 0);

    /// <summary>SD of the log of one point's <see cref="HierarchicalBootstrap.GeometricMean"/> over D draws × S seeds.</summary>
    public double StandardErrorOfLogMean(int draws, int seeds)
        => Math.Sqrt(Square(SharedDraw) / Check(draws) + PointToPoint(draws, seeds));

    /// <summary>SD of the difference-making part of a point's log-mean (without the shared draw effect, which cancels in a
    /// slope or a ratio between points), per point.</summary>
    public double StandardErrorOfLogMeanBetweenPoints(int draws, int seeds) => Math.Sqrt(PointToPoint(draws, seeds));

    /// <summary>
    /// The three spreads of ln x over a series (each point samples[draw][seed], the same draws at every point):
    /// within = pooled SD of seeds around their draw mean m_pd; with e_pd = m_pd − mean_d m_pd and a_d = mean_p e_pd,
    /// draw-by-point = SD of e_pd − a_d (dof (P−1)(D−1)) and shared = √max(0, var(a_d) − draw-by-point²/P).
    /// Cells whose log-mean is not finite are left out. With one point the draw effect is all draw-by-point.
    /// </summary>
    public static NoiseLevel Of(IReadOnlyList<double[][]> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        int points = series.Count, draws = points == 0 ? 0 : series.Min(p => p.Length);
        double within = 0;
        long withinDof = 0;
        var cell = new double[points, draws];
        for (int p = 0; p < points; p++)
        {
            for (int d = 0; d < draws; d++)
            {
                var logs = series[p][d].Select(DetMath.Log).ToArray();
                double mean = logs.Length == 0 ? double.NaN : logs.Average();
                cell[p, d] = mean;
                if (!double.IsFinite(mean)) continue;
                foreach (double l in logs) within += (l - mean) * (l - mean);
                withinDof += logs.Length - 1;
            }
            double pointMean = Mean(Enumerable.Range(0, draws).Select(d => cell[p, d]));
            for (int d = 0; d < draws; d++) cell[p, d] -= pointMean;
        }
        var shared = Enumerable.Range(0, draws).Select(d => Mean(Enumerable.Range(0, points).Select(p => cell[p, d]))).ToArray();
        double interaction = 0, sharedSum = 0;
        long interactionCells = 0, sharedCount = 0;
        for (int d = 0; d < draws; d++)
        {
            if (!double.IsFinite(shared[d])) continue;
            sharedSum += shared[d] * shared[d];
            sharedCount++;
            for (int p = 0; p < points; p++)
            {
                if (!double.IsFinite(cell[p, d])) continue;
                double r = points == 1 ? cell[p, d] : cell[p, d] - shared[d];
                interaction += r * r;
                interactionCells++;
            }
        }
        long interactionDof = points == 1 ? sharedCount - 1 : interactionCells - points - sharedCount + 1;
        double drawByPoint2 = interactionDof > 0 ? interaction / interactionDof : 0;
        double shared2 = points > 1 && sharedCount > 1 ? Math.Max(0, sharedSum / (sharedCount - 1) - drawByPoint2 / points) : 0;
        return new NoiseLevel(Math.Sqrt(shared2), Math.Sqrt(drawByPoint2), withinDof > 0 ? Math.Sqrt(within / withinDof) : 0);
    }

    private double PointToPoint(int draws, int seeds)
        => Square(DrawByPoint) / Check(draws) + Square(WithinDraw) / ((double)Check(draws) * Check(seeds));

    private static double Mean(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? double.NaN : finite.Average();
    }

    private static double Square(double x) => x * x;

    private static int Check(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return count;
    }
}
