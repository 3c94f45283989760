using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// The grid and noise level of a judged series, from which a rule makes its synthetic controls (principle 6): the x
/// values, the bounds (or shapes), which points a control judges, the number of draws and seeds, and the pooled
/// spread of the log samples.
/// </summary>
internal sealed record ControlGrid(double[] X, double[] Bound, bool[] Judged, int Draws, int Seeds, NoiseLevel Noise)
{
    /// <summary>The grid of <paramref name="points"/>; a control judges the points where <paramref name="judged"/> holds.</summary>
    public static ControlGrid From(IReadOnlyList<RulePoint> points, Func<RulePoint, bool> judged)
    {
        ArgumentNullException.ThrowIfNull(points);
        var first = points.Count > 0 ? points[0].Samples : [[1.0]];
        return new ControlGrid(
            points.Select(p => p.X).ToArray(),
            points.Select(p => p.Bound).ToArray(),
            points.Select(judged).ToArray(),
            Math.Max(1, first.Length),
            Math.Max(1, first.Length == 0 ? 1 : first.Min(d => d.Length)),
            // The noise of the judged, measured points only: stand-ins (censored values, infinite bounds) would inflate it.
            NoiseLevel.Of((points.Any(p => judged(p) && !p.Censored) ? points.Where(p => judged(p) && !p.Censored) : points).Select(p => p.Samples).ToArray()));
    }

    /// <summary>SD of the log of one point's geometric mean at this noise level and design.</summary>
    public double LogStandardError => Noise.StandardErrorOfLogMean(Draws, Seeds);

    /// <summary>The same without the draws' shared effect, which cancels in slopes and ratios between points.</summary>
    public double BetweenPointsStandardError => Noise.StandardErrorOfLogMeanBetweenPoints(Draws, Seeds);

    /// <summary>Where each point lies between the lowest judged x (0) and the highest (1), in the regressor
    /// <paramref name="transform"/>(x) (identity by default); 1 if there is only one judged x (a lone point is the top of its range).</summary>
    public double[] JudgedRank(Func<double, double>? transform = null)
    {
        transform ??= x => x;
        var t = X.Select(transform).ToArray();
        var judged = t.Where((_, i) => Judged[i]).ToArray();
        double lo = judged.Length > 0 ? judged.Min() : 0, hi = judged.Length > 0 ? judged.Max() : 0;
        return t.Select(v => hi > lo ? Math.Clamp((v - lo) / (hi - lo), 0, 1) : 1).ToArray();
    }

    /// <summary>Each judged point's position among the judged points ordered by x (0, 1, …); −1 for the others.</summary>
    public int[] JudgedOrder()
    {
        var order = Enumerable.Repeat(-1, X.Length).ToArray();
        int next = 0;
        foreach (int i in Enumerable.Range(0, X.Length).Where(i => Judged[i]).OrderBy(i => X[i])) order[i] = next++;
        return order;
    }

    /// <summary>A control whose true curve is bound·ratio(i) at judged points (1 elsewhere), with this grid's draws, seeds and noise.</summary>
    public ControlCase<IReadOnlyList<RulePoint>> Case(string name, Verdict? expected, Func<int, double> ratio, BootstrapSettings settings)
    {
        var curve = Bound.Select((b, i) => Judged[i] ? b * ratio(i) : 1.0).ToArray();
        return new(name, expected, Points(curve, settings, name));
    }

    private RulePoint[] Points(IReadOnlyList<double> curve, BootstrapSettings settings, string name)
    {
        var samples = SyntheticTwoLevel.Samples(curve, Draws, Seeds, Noise, settings.Seed, settings.Stream + "/control " + name);
        return X.Select((x, i) => new RulePoint(x, samples[i], Bound[i], Judged[i])).ToArray();
    }
}
