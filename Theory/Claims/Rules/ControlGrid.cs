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
            NoiseLevel.Of(points.Select(p => p.Samples).ToArray()));
    }

    /// <summary>SD of the log of one point's geometric mean at this noise level and design.</summary>
    public double LogStandardError => Noise.StandardErrorOfLogMean(Draws, Seeds);

    /// <summary>The same without the draws' shared effect, which cancels in slopes and ratios between points.</summary>
    public double BetweenPointsStandardError => Noise.StandardErrorOfLogMeanBetweenPoints(Draws, Seeds);

    /// <summary>Position of each judged point among the judged points, 0 at the lowest x and 1 at the highest (0 if only one).</summary>
    public double[] JudgedRank()
    {
        var judgedX = X.Where((_, i) => Judged[i]).ToArray();
        double lo = judgedX.Length > 0 ? judgedX.Min() : 0, hi = judgedX.Length > 0 ? judgedX.Max() : 0;
        return X.Select(x => hi > lo ? Math.Clamp((x - lo) / (hi - lo), 0, 1) : 0).ToArray();
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
