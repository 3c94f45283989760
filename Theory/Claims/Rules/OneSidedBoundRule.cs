using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// An upper bound B with its constants (principle 1): PASS if the estimate ≤ B at every point inside the theorem's
/// hypotheses; FAIL if the Bonferroni-corrected CI (level 1 − (1 − level)/N over the N judged points) of some such point
/// lies wholly above B, so that the chance of a spurious FAIL stays below 1 − level however many points are judged;
/// INCONCLUSIVE otherwise, or with no such point. The slack estimate/B is reported at every point as information.
/// </summary>
/// <param name="Quantity">What is measured, e.g. "τ*".</param>
/// <param name="Bootstrap">How each point's CI is drawn.</param>
public sealed record OneSidedBoundRule(string Quantity, BootstrapSettings Bootstrap) : VerdictRule<IReadOnlyList<RulePoint>>
{
    public override string Describe()
        => $"One-sided bound with constants: at each point inside the theorem's hypotheses, {Quantity} is estimated by the geometric mean over (data, teacher) draws of the geometric mean over initial seeds, with its {Bootstrap.Describe()}. "
         + $"PASS if the estimate ≤ the bound B at every such point; FAIL if, at some such point, the CI at the Bonferroni level 1 − (1 − {F(Bootstrap.ConfidenceLevel)})/N (N the number of such points) lies wholly above B; INCONCLUSIVE otherwise or with no point inside the theorem's hypotheses. "
         + "Points outside the theorem's hypotheses are shown, not judged; the slack (estimate/B) is information, not a verdict.";

    /// <summary>Every point's estimate, CI and slack (also those outside the hypotheses), as the verdict uses them.</summary>
    public IReadOnlyList<PointEstimate> Assess(IReadOnlyList<RulePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Select((p, i) => PointEstimate.Of(p, i, Bootstrap)).ToArray();
    }

    protected override VerdictResult Judge(IReadOnlyList<RulePoint> points)
    {
        var all = Assess(points);
        var judged = all.Where(p => p.InHypotheses).ToArray();
        var result = new VerdictResult
        {
            Verdict = Verdict.Pass, Kind = CheckKind.Bound, Rule = Describe(), DecidingQuantity = $"largest slack {Quantity}/B",
            Value = double.NaN, ReferenceLabel = "bound", Reference = 1, SampleCount = judged.Length,
            SampleUnit = "points inside the theorem's hypotheses", Detail = Join(all.Select(p => p.Describe())),
        };
        if (judged.Length == 0)
            return result with { Verdict = Verdict.Inconclusive, Relation = "vs", Reason = "no point inside the theorem's hypotheses" };
        var worst = judged.OrderByDescending(p => double.IsNaN(p.Slack) ? double.PositiveInfinity : p.Slack).First();
        BootstrapSettings corrected = FailSide(judged.Length);
        var failing = points.Select((p, i) => (Point: p, Index: i)).Where(q => q.Point.InHypotheses)
            .Select(q => PointEstimate.Of(q.Point, q.Index, corrected)).FirstOrDefault(p => p.Interval.Low > p.Bound);
        var deciding = failing ?? worst;
        result = result with
        {
            Value = deciding.Slack, CiLow = deciding.SlackLow, CiHigh = deciding.SlackHigh,
            ConfidenceLevel = failing is null ? Bootstrap.ConfidenceLevel : corrected.ConfidenceLevel, IntervalMethod = HierarchicalBootstrap.Method,
        };
        if (failing is not null)
            return result with { Verdict = Verdict.Fail, Relation = ">", Reason = $"CI wholly above the bound at x = {F(failing.X)}" };
        if (judged.All(p => p.Interval.Estimate <= p.Bound)) return result with { Relation = "≤" };
        string why = double.IsNaN(worst.Slack) ? "estimate is NaN"
            : double.IsNaN(worst.Interval.Low) ? "estimate above the bound; no interval (one draw)"
            : "estimate above the bound, its CI reaches below it";
        return result with { Verdict = Verdict.Inconclusive, Relation = ">", Reason = $"{why} at x = {F(worst.X)}" };
    }

    /// <summary>The bootstrap at the Bonferroni level for <paramref name="judged"/> points (the same streams, so the same resamples).</summary>
    private BootstrapSettings FailSide(int judged) => Bootstrap with { ConfidenceLevel = 1 - (1 - Bootstrap.ConfidenceLevel) / Math.Max(1, judged) };

    /// <summary>
    /// On the input's grid (the points inside the hypotheses with a finite, positive bound are judged) and noise: ∝ B three standard errors
    /// below it (PASS); B·exp(A·u), u rising 0 → 1 along the judged points and A = ln 4 + 8 standard errors (FAIL);
    /// exactly B (borderline).
    /// </summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<RulePoint>>> Controls(IReadOnlyList<RulePoint> points)
    {
        if (points.Count == 0) yield break;
        var grid = ControlGrid.From(points, p => p.InHypotheses && double.IsFinite(p.Bound) && p.Bound > 0);
        double se = grid.LogStandardError;
        double growth = DetMath.Log(4) + 8 * se;
        var rank = grid.JudgedRank();
        // PASS needs every judged estimate below B, so the must-PASS control sits below B by the largest excursion expected
        // over that many points (√(2 ln N) standard errors, the maximum of N normals) plus 3 more.
        int judged = Math.Max(1, grid.Judged.Count(j => j));
        double margin = 3 + Math.Sqrt(2 * DetMath.Log(judged));
        yield return grid.Case($"∝ the bound, {RuleText.F(margin)} standard errors below it (3 + √(2 ln N), N = {RuleText.Int(judged)} points)", Verdict.Pass, i => DetMath.Exp(-margin * se), Bootstrap);
        yield return grid.Case("rising from the bound to 4·e^(8 SE) × it", Verdict.Fail, i => DetMath.Exp(growth * rank[i]), Bootstrap);
        yield return grid.Case("at the bound", null, i => 1.0, Bootstrap);
    }
}
