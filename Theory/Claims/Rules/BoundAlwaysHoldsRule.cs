using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// An exact (worst-case) bound that every measurement must satisfy (C2, C6's exact bounds, the projection ball):
/// decided on the worst ratio measured/bound, which must be ≤ 1 + rounding slack. Vacuous (+∞) bounds are skipped.
/// </summary>
/// <param name="Quantity">What is measured, e.g. "‖∂h_T/∂u‖".</param>
/// <param name="RelativeSlack">Relative room for rounding only (e.g. 1e-12).</param>
/// <param name="SampleUnit">What one measurement is.</param>
/// <param name="LowerEnvelope">Null for an exact bound; otherwise the bound is a lower envelope of the theorem's (this
/// text says what it leaves out), so a measurement above it is INCONCLUSIVE, not a FAIL.</param>
/// <param name="DivergenceFails">Null: no point may be <see cref="BoundPoint.Diverged"/>. Otherwise why a divergence contradicts the
/// statement (this text is printed), and a diverged point is a FAIL — for a lower envelope, the one way besides a NaN to FAIL it.</param>
public sealed record BoundAlwaysHoldsRule(
    string Quantity, double RelativeSlack = VerdictThresholds.BoundRelativeSlack, string SampleUnit = "measurements", string? LowerEnvelope = null,
    string? DivergenceFails = null)
    : VerdictRule<IReadOnlyList<BoundPoint>>
{
    /// <summary>An exact statement: a measured violation is a fact, whatever the controls.</summary>
    protected override bool IsStatistical => false;

    public override string Describe()
        => LowerEnvelope is null
            ? $"Exact bound, over all {SampleUnit}: FAIL if any {Quantity} is NaN or exceeds its bound by more than a relative {F(RelativeSlack)} (rounding){DivergedClause(", or if a run diverged")}; PASS if none does; INCONCLUSIVE if nothing was measured, every bound is +∞, or a bound is NaN (not evaluated)."
            : $"Bound with constants, a lower envelope of the theorem's ({LowerEnvelope}), over all {SampleUnit}. {FailureScope()} "
              + $"PASS if no {Quantity} exceeds its bound by more than a relative {F(RelativeSlack)} (rounding){(DivergenceFails is null ? "" : " and no run diverged")}; "
              + "INCONCLUSIVE if one exceeds it, if nothing was measured, every bound is +∞, or a bound is NaN.";

    /// <summary>
    /// What can and cannot make the rule FAIL, in one sentence each (claims restate it from here). For a lower envelope a
    /// measurement above the bound never FAILs: the bound omits a non-negative part of the theorem's.
    /// </summary>
    public string FailureScope()
        => LowerEnvelope is null
            ? $"Any {Quantity} above its bound (beyond rounding) or NaN FAILs{DivergedClause(", and so does a run that diverged")}."
            : $"Only {DivergedClause("a run that diverged (non-finite loss or parameters) or ")}a {Quantity} that is NaN can FAIL this rule{DivergedClause("")}; "
              + $"a {Quantity} above its bound is INCONCLUSIVE, never a FAIL, since the bound omits a non-negative part of the theorem's.";

    /// <summary><paramref name="clause"/> followed by why a divergence fails, or "" for a rule that takes no diverged point.</summary>
    private string DivergedClause(string clause) => DivergenceFails is null ? "" : clause.Length == 0 ? $" ({DivergenceFails})" : clause;

    protected override VerdictResult Judge(IReadOnlyList<BoundPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!(RelativeSlack >= 0)) throw new ArgumentOutOfRangeException(nameof(RelativeSlack), RelativeSlack, "Must be ≥ 0.");
        double worst = double.NegativeInfinity;
        int worstIndex = -1, used = 0, nanAt = -1, nanBoundAt = -1, divergedAt = -1;
        for (int i = 0; i < points.Count; i++)
        {
            var (m, b) = (points[i].Measured, points[i].Bound);
            if (points[i].Diverged)
            {
                if (DivergenceFails is null) throw new ArgumentException($"Point {Int(i)} diverged, but this rule ({Quantity}) is not told why a divergence fails.", nameof(points));
                divergedAt = divergedAt < 0 ? i : divergedAt;
                continue;
            }
            if (double.IsNaN(m)) { nanAt = i; break; }
            if (double.IsNaN(b)) { nanBoundAt = nanBoundAt < 0 ? i : nanBoundAt; continue; }
            if (double.IsPositiveInfinity(b)) continue;
            used++;
            double ratio = b > 0 ? m / b : m <= 0 ? 0.0 : double.PositiveInfinity;
            if (ratio > worst) (worst, worstIndex) = (ratio, i);
        }
        var result = new VerdictResult
        {
            Verdict = Verdict.Pass, Kind = CheckKind.Bound, Rule = Describe(), DecidingQuantity = $"max {Quantity} / bound",
            Value = used > 0 ? worst : double.NaN, ReferenceLabel = "limit", Reference = 1 + RelativeSlack, Predicted = 1,
            Tolerance = RelativeSlack, SampleCount = used, SampleUnit = SampleUnit,
            Detail = worstIndex >= 0 ? $"worst at index {Int(worstIndex)}: measured {F(points[worstIndex].Measured)}, bound {F(points[worstIndex].Bound)}" : "",
        };
        if (nanAt >= 0) return result with { Verdict = Verdict.Fail, Value = double.NaN, Relation = "vs", Reason = $"NaN at index {Int(nanAt)}" };
        if (divergedAt >= 0)
            return result with
            {
                Verdict = Verdict.Fail, Relation = "vs", DecidingQuantity = "runs that diverged",
                Reason = $"{Int(points.Count(p => p.Diverged))} run(s) diverged, the first at index {Int(divergedAt)} ({DivergenceFails})",
            };
        if (used == 0)
            return result with
            {
                Verdict = Verdict.Inconclusive, Relation = "vs",
                Reason = points.Count == 0 ? "nothing measured" : nanBoundAt >= 0 ? $"bound is NaN at index {Int(nanBoundAt)}" : "every bound is +∞ (vacuous)",
            };
        if (worst > 1 + RelativeSlack)
            return LowerEnvelope is null
                ? result with { Verdict = Verdict.Fail, Relation = ">" }
                : result with { Verdict = Verdict.Inconclusive, Relation = ">", Reason = "above the lower envelope, which the theorem's full bound may still allow" };
        return nanBoundAt >= 0
            ? result with { Verdict = Verdict.Inconclusive, Relation = "≤", Reason = $"bound is NaN at index {Int(nanBoundAt)}" }
            : result with { Relation = "≤" };
    }

    /// <summary>On the input's bounds: measured = bound (PASS); measured = bound·(1 + u), u rising 1/N → 1 along the
    /// N points (FAIL; INCONCLUSIVE for a lower envelope, which then also gets a NaN measurement, FAIL); measured =
    /// bound·(1 + slack), the rounding edge (borderline); with <see cref="DivergenceFails"/>, every run at the bound but
    /// one diverged (FAIL, whatever the envelope).</summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<BoundPoint>>> Controls(IReadOnlyList<BoundPoint> points)
    {
        var bounds = points.Count > 0 ? points.Select(p => p.Bound).ToArray() : [1.0];
        yield return new("at the bound", Verdict.Pass, bounds.Select(b => new BoundPoint(b, b)).ToArray());
        yield return new("rising to 2 × the bound", LowerEnvelope is null ? Verdict.Fail : Verdict.Inconclusive,
            bounds.Select((b, i) => new BoundPoint(b > 0 ? b * (1 + (i + 1.0) / bounds.Length) : double.Epsilon, b)).ToArray());
        yield return new("at the rounding edge", null, bounds.Select(b => new BoundPoint(b * (1 + RelativeSlack), b)).ToArray());
        // A lower envelope fails only on a measurement that is not a number: show that it still can.
        if (LowerEnvelope is not null) yield return new("a NaN measurement", Verdict.Fail, bounds.Select((b, i) => new BoundPoint(i == 0 ? double.NaN : b, b)).ToArray());
        if (DivergenceFails is not null)
            yield return new("one run diverged, the rest at the bound", Verdict.Fail, bounds.Select((b, i) => new BoundPoint(i == 0 ? double.PositiveInfinity : b, b, Diverged: i == 0)).ToArray());
    }
}
