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
public sealed record BoundAlwaysHoldsRule(
    string Quantity, double RelativeSlack = VerdictThresholds.BoundRelativeSlack, string SampleUnit = "measurements", string? LowerEnvelope = null)
    : VerdictRule<IReadOnlyList<BoundPoint>>
{
    /// <summary>An exact statement: a measured violation is a fact, whatever the controls.</summary>
    protected override bool IsStatistical => false;

    public override string Describe()
        => LowerEnvelope is null
            ? $"Exact bound, over all {SampleUnit}: FAIL if any {Quantity} is NaN or exceeds its bound by more than a relative {F(RelativeSlack)} (rounding); PASS if none does; INCONCLUSIVE if nothing was measured, every bound is +∞, or a bound is NaN (not evaluated)."
            : $"Bound with constants, a lower envelope of the theorem's ({LowerEnvelope}), over all {SampleUnit}: PASS if no {Quantity} exceeds its bound by more than a relative {F(RelativeSlack)} (rounding); INCONCLUSIVE if one does, if nothing was measured, every bound is +∞, or a bound is NaN; FAIL only if a {Quantity} is NaN.";

    protected override VerdictResult Judge(IReadOnlyList<BoundPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!(RelativeSlack >= 0)) throw new ArgumentOutOfRangeException(nameof(RelativeSlack), RelativeSlack, "Must be ≥ 0.");
        double worst = double.NegativeInfinity;
        int worstIndex = -1, used = 0, nanAt = -1, nanBoundAt = -1;
        for (int i = 0; i < points.Count; i++)
        {
            var (m, b) = (points[i].Measured, points[i].Bound);
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
    /// bound·(1 + slack), the rounding edge (borderline).</summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<BoundPoint>>> Controls(IReadOnlyList<BoundPoint> points)
    {
        var bounds = points.Count > 0 ? points.Select(p => p.Bound).ToArray() : [1.0];
        yield return new("at the bound", Verdict.Pass, bounds.Select(b => new BoundPoint(b, b)).ToArray());
        yield return new("rising to 2 × the bound", LowerEnvelope is null ? Verdict.Fail : Verdict.Inconclusive,
            bounds.Select((b, i) => new BoundPoint(b > 0 ? b * (1 + (i + 1.0) / bounds.Length) : double.Epsilon, b)).ToArray());
        yield return new("at the rounding edge", null, bounds.Select(b => new BoundPoint(b * (1 + RelativeSlack), b)).ToArray());
        // A lower envelope fails only on a measurement that is not a number: show that it still can.
        if (LowerEnvelope is not null) yield return new("a NaN measurement", Verdict.Fail, bounds.Select((b, i) => new BoundPoint(i == 0 ? double.NaN : b, b)).ToArray());
    }
}
