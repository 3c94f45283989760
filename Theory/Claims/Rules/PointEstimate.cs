using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Claims.Rules;

/// <summary>A point's estimate against its bound: the geometric mean over draws and seeds, its hierarchical-bootstrap
/// CI, and the slack estimate/bound (principle 3), for the verdict and for the figure.</summary>
/// <param name="X">The swept variable.</param>
/// <param name="InHypotheses">Judged (true) or shown only, "outside the theorem's hypotheses" (false).</param>
/// <param name="Interval">Estimate and CI of the geometric mean.</param>
/// <param name="Bound">The bound (or shape) at this point.</param>
public sealed record PointEstimate(double X, bool InHypotheses, ConfidenceInterval Interval, double Bound)
{
    /// <summary>Estimate / bound.</summary>
    public double Slack => Interval.Estimate / Bound;

    /// <summary>CI of the slack.</summary>
    public double SlackLow => Interval.Low / Bound;

    /// <summary>CI of the slack.</summary>
    public double SlackHigh => Interval.High / Bound;

    /// <summary>The estimate of point <paramref name="index"/> on sub-stream "point i" of <paramref name="settings"/>.</summary>
    internal static PointEstimate Of(RulePoint point, int index, BootstrapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (double.IsNaN(point.X) || double.IsNaN(point.Bound))
            throw new ArgumentException($"Point {index}: X and Bound must be numbers (got {point.X}, {point.Bound}).", nameof(point));
        var ci = HierarchicalBootstrap.GeometricMeanInterval(point.Samples, settings.For("point " + RuleText.Int(index)));
        return new PointEstimate(point.X, point.InHypotheses, ci, point.Bound);
    }

    /// <summary>"x = 8: slack 0.43 [0.31, 0.58]" or "x = 8: outside the theorem's hypotheses (slack 2.1)".</summary>
    public string Describe() => InHypotheses
        ? $"x = {RuleText.F(X)}: slack {RuleText.F(Slack)} [{RuleText.F(SlackLow)}, {RuleText.F(SlackHigh)}]"
        : $"x = {RuleText.F(X)}: outside the theorem's hypotheses (slack {RuleText.F(Slack)})";
}
