using Repro.Theory.Bounds;
using Repro.Theory.Numerics.Statistics;
using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>
/// The rules that turn measurements into PASS / FAIL / INCONCLUSIVE. Every rule returns the rule
/// text and the deciding numbers. Common principles: a NaN measurement never passes; no data, a
/// vacuous bound, too few seeds or an interval wider than the accepted band give INCONCLUSIVE —
/// never a silent PASS.
/// </summary>
/// <remarks>
/// Interval rules are equivalence tests: with band B = [predicted − tol, predicted + tol], PASS
/// iff the whole CI lies inside B (so the CI must also be narrower than 2·tol — the decisiveness
/// limit), FAIL iff the CI lies entirely outside B, INCONCLUSIVE otherwise. Unlike "the CI
/// contains the prediction", this cannot pass on a wide, uninformative interval, and does not fail
/// a precise estimate that differs from the prediction by less than the stated tolerance.
/// </remarks>
public static class VerdictRules
{
    /// <summary>
    /// Bound (C2, C6): PASS iff measuredMax ≤ bound·(1 + relativeSlack) (the slack, 1e-12 by
    /// default, absorbs rounding only); FAIL otherwise or if the measurement is NaN; INCONCLUSIVE
    /// with no samples, a NaN bound, or a vacuous bound (+∞).
    /// </summary>
    public static VerdictResult Bound(string quantity, double measuredMax, double bound, int sampleCount,
        double relativeSlack = VerdictThresholds.BoundRelativeSlack, string sampleUnit = "measurements")
    {
        string rule = Invariant($"FAIL if any {quantity} exceeds its bound by more than a relative {VerdictResult.Format(relativeSlack)} (rounding); PASS if none does; INCONCLUSIVE if nothing was measured or the bound is +∞.");
        var result = new VerdictResult
        {
            Verdict = Verdict.Pass, Kind = CheckKind.Bound, Rule = rule, DecidingQuantity = quantity, Value = measuredMax,
            ReferenceLabel = "bound", Reference = bound, Tolerance = relativeSlack, SampleCount = sampleCount, SampleUnit = sampleUnit,
        };
        if (sampleCount <= 0) return result with { Verdict = Verdict.Inconclusive, Relation = "vs", Reason = "nothing measured" };
        if (double.IsNaN(measuredMax)) return result with { Verdict = Verdict.Fail, Relation = "vs", Reason = "measurement is NaN" };
        if (double.IsNaN(bound)) return result with { Verdict = Verdict.Inconclusive, Relation = "vs", Reason = "bound is NaN" };
        if (double.IsPositiveInfinity(bound)) return result with { Verdict = Verdict.Inconclusive, Relation = "≤", Reason = "bound is +∞ (vacuous)" };
        return measuredMax <= bound * (1.0 + relativeSlack)
            ? result with { Relation = "≤" }
            : result with { Verdict = Verdict.Fail, Relation = ">" };
    }

    /// <summary>
    /// Many bounds at once (one per setting): decided on the worst ratio measured/bound, which
    /// must be ≤ 1 + relativeSlack. Settings with a +∞ bound are vacuous and skipped; if all are,
    /// INCONCLUSIVE. A positive measurement against a zero bound is an infinite ratio (FAIL).
    /// </summary>
    public static VerdictResult BoundsHold(string quantity, ReadOnlySpan<double> measured, ReadOnlySpan<double> bounds,
        double relativeSlack = VerdictThresholds.BoundRelativeSlack, string sampleUnit = "measurements")
    {
        if (measured.Length != bounds.Length) throw new ArgumentException("One bound per measurement is required.", nameof(bounds));
        string name = $"max {quantity} / bound";
        string rule = Invariant($"FAIL if any {quantity} exceeds its bound by more than a relative {VerdictResult.Format(relativeSlack)} (rounding); PASS if none does; INCONCLUSIVE if nothing was measured or every bound is +∞.");
        double worst = double.NegativeInfinity;
        int worstIndex = -1, used = 0;
        bool nan = false, nanBound = false;
        for (int i = 0; i < measured.Length; i++)
        {
            double m = measured[i], b = bounds[i];
            if (double.IsNaN(m)) { nan = true; worstIndex = i; break; }
            if (double.IsNaN(b)) { nanBound = true; continue; }
            if (double.IsPositiveInfinity(b)) continue;
            used++;
            double ratio = b > 0 ? m / b : (m <= 0 ? 0.0 : double.PositiveInfinity);
            if (ratio > worst) { worst = ratio; worstIndex = i; }
        }
        var result = new VerdictResult
        {
            Verdict = Verdict.Pass, Kind = CheckKind.Bound, Rule = rule, DecidingQuantity = name,
            Value = used > 0 ? worst : double.NaN, ReferenceLabel = "limit", Reference = 1.0 + relativeSlack,
            Predicted = 1.0, Tolerance = relativeSlack, SampleCount = used, SampleUnit = sampleUnit,
            Detail = worstIndex >= 0 ? Invariant($"worst at index {worstIndex}: measured {VerdictResult.Format(measured[worstIndex])}, bound {VerdictResult.Format(bounds[worstIndex])}") : "",
        };
        if (nan) return result with { Verdict = Verdict.Fail, Value = double.NaN, Relation = "vs", Reason = "a measurement is NaN" };
        if (used == 0)
            return result with { Verdict = Verdict.Inconclusive, Relation = "vs", Reason = nanBound ? "bounds are NaN" : measured.Length == 0 ? "nothing measured" : "every bound is +∞ (vacuous)" };
        return worst <= 1.0 + relativeSlack
            ? result with { Relation = "≤" }
            : result with { Verdict = Verdict.Fail, Relation = ">" };
    }

    /// <summary>
    /// Two-sided equivalence (C6, C7, per-regime C4): PASS iff the CI ⊂ [predicted − tol,
    /// predicted + tol]; FAIL iff the CI lies entirely outside it; otherwise INCONCLUSIVE. Also
    /// INCONCLUSIVE for a NaN interval or a bootstrap interval over fewer than
    /// <see cref="VerdictThresholds.MinimumSampleCount"/> units.
    /// </summary>
    public static VerdictResult SlopeWithin(string quantity, ConfidenceInterval ci, double predicted, double tolerance, string? sampleUnit = null)
    {
        ArgumentNullException.ThrowIfNull(ci);
        RequireTolerance(tolerance);
        double lo = predicted - tolerance, hi = predicted + tolerance;
        string rule = Invariant($"PASS if the {Percent(ci.ConfidenceLevel)}% CI of {quantity} lies inside {VerdictResult.Format(predicted)} ± {VerdictResult.Format(tolerance)} = [{VerdictResult.Format(lo)}, {VerdictResult.Format(hi)}]; FAIL if it lies entirely outside; INCONCLUSIVE otherwise{MinimumText(ci)}.");
        var result = FromInterval(quantity, ci, rule, sampleUnit) with
        {
            Relation = "±", ReferenceLabel = "predicted", Reference = predicted, Predicted = predicted, Tolerance = tolerance,
        };
        if (Undecidable(ci) is string reason) return result with { Verdict = Verdict.Inconclusive, Reason = reason };
        if (ci.Low >= lo && ci.High <= hi) return result;
        if (ci.High < lo || ci.Low > hi) return result with { Verdict = Verdict.Fail, Reason = "interval outside the predicted band" };
        return result with
        {
            Verdict = Verdict.Inconclusive,
            Reason = ci.Width > 2 * tolerance ? "interval wider than the predicted band" : "interval straddles the band's edge",
        };
    }

    /// <summary>One-sided upper bound on a rate (C5): PASS iff CI.High ≤ limit + tol; FAIL iff CI.Low &gt; limit + tol; else INCONCLUSIVE.</summary>
    public static VerdictResult SlopeAtMost(string quantity, ConfidenceInterval ci, double limit, double tolerance = 0, string? sampleUnit = null)
    {
        ArgumentNullException.ThrowIfNull(ci);
        RequireTolerance(tolerance);
        double edge = limit + tolerance;
        string rule = Invariant($"PASS if the {Percent(ci.ConfidenceLevel)}% CI of {quantity} lies at or below {VerdictResult.Format(limit)} + {VerdictResult.Format(tolerance)} = {VerdictResult.Format(edge)}; FAIL if it lies entirely above; INCONCLUSIVE otherwise{MinimumText(ci)}.");
        var result = FromInterval(quantity, ci, rule, sampleUnit) with
        {
            Relation = "≤", ReferenceLabel = "predicted", Reference = edge, Predicted = limit, Tolerance = tolerance,
        };
        if (Undecidable(ci) is string reason) return result with { Verdict = Verdict.Inconclusive, Reason = reason };
        if (ci.High <= edge) return result;
        if (ci.Low > edge) return result with { Verdict = Verdict.Fail, Reason = "interval entirely above the limit" };
        return result with { Verdict = Verdict.Inconclusive, Reason = "interval straddles the limit" };
    }

    /// <summary>
    /// A high-probability bound (C7's union bound): the bound may fail with probability at most
    /// <paramref name="limit"/>. With the exact (Clopper–Pearson) CI of the observed frequency of
    /// violations: PASS iff its upper end ≤ limit; FAIL iff its lower end &gt; limit; else INCONCLUSIVE.
    /// </summary>
    public static VerdictResult FrequencyAtMost(string quantity, int events, int trials, double limit, string sampleUnit = "runs")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, events);
        if (!(limit > 0 && limit < 1)) throw new ArgumentOutOfRangeException(nameof(limit), limit, "Must lie in (0, 1).");
        string rule = Invariant($"PASS if the {Percent(VerdictThresholds.ConfidenceLevel)}% Clopper–Pearson CI of the frequency of {quantity} lies at or below {VerdictResult.Format(limit)}; FAIL if it lies entirely above; INCONCLUSIVE otherwise.");
        ConfidenceInterval frequency = Numerics.Statistics.ClopperPearson.Interval(events, trials, VerdictThresholds.ConfidenceLevel);
        (double low, double high) = (frequency.Low, frequency.High);
        var result = new VerdictResult
        {
            Verdict = Verdict.Pass, Kind = CheckKind.Bound, Rule = rule, DecidingQuantity = $"frequency of {quantity}",
            Value = trials == 0 ? double.NaN : (double)events / trials, CiLow = low, CiHigh = high,
            ConfidenceLevel = VerdictThresholds.ConfidenceLevel, IntervalMethod = "Clopper–Pearson",
            Relation = "≤", ReferenceLabel = "allowed", Reference = limit, SampleCount = trials, SampleUnit = sampleUnit,
        };
        if (trials == 0) return result with { Verdict = Verdict.Inconclusive, Reason = "nothing measured" };
        if (high <= limit) return result;
        if (low > limit) return result with { Verdict = Verdict.Fail, Reason = "the bound fails more often than allowed" };
        return result with { Verdict = Verdict.Inconclusive, Reason = "interval straddles the allowed frequency" };
    }

    /// <summary>One-sided lower bound on a rate (C5's growth with S_T): PASS iff CI.Low ≥ limit − tol; FAIL iff CI.High &lt; limit − tol; else INCONCLUSIVE.</summary>
    public static VerdictResult SlopeAtLeast(string quantity, ConfidenceInterval ci, double limit, double tolerance = 0, string? sampleUnit = null)
    {
        ArgumentNullException.ThrowIfNull(ci);
        RequireTolerance(tolerance);
        double edge = limit - tolerance;
        string rule = Invariant($"PASS if the {Percent(ci.ConfidenceLevel)}% CI of {quantity} lies at or above {VerdictResult.Format(edge)}; FAIL if it lies entirely below; INCONCLUSIVE otherwise{MinimumText(ci)}.");
        var result = FromInterval(quantity, ci, rule, sampleUnit) with
        {
            Relation = "≥", ReferenceLabel = "predicted", Reference = edge, Predicted = limit, Tolerance = tolerance,
        };
        if (Undecidable(ci) is string reason) return result with { Verdict = Verdict.Inconclusive, Reason = reason };
        if (ci.Low >= edge) return result;
        if (ci.High < edge) return result with { Verdict = Verdict.Fail, Reason = "interval entirely below the limit" };
        return result with { Verdict = Verdict.Inconclusive, Reason = "interval straddles the limit" };
    }

    /// <summary>
    /// C3 on a point comparison: PASS iff Δ ≥ threshold (log law preferred), FAIL iff Δ ≤ −threshold
    /// (power law preferred), otherwise INCONCLUSIVE; INCONCLUSIVE also with fewer than
    /// <see cref="VerdictThresholds.MinimumComparisonPoints"/> scored points.
    /// </summary>
    public static VerdictResult ModelPreferred(GrowthComparisonResult comparison, double threshold = VerdictThresholds.ModelPreferenceDelta)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        RequireTolerance(threshold);
        string quantity = comparison.HeldOut ? "held-out Δ (power − log)" : "ΔAIC (power − log)";
        string rule = Invariant($"{comparison.Criterion}, both laws fitted by least squares on the y scale{(comparison.HeldOut ? " of the calibration slice" : "")}: PASS if Δ ≥ {VerdictResult.Format(threshold)} (logarithmic preferred); FAIL if Δ ≤ −{VerdictResult.Format(threshold)} (power law preferred); INCONCLUSIVE otherwise or with fewer than {VerdictThresholds.MinimumComparisonPoints} scored points.");
        var result = new VerdictResult
        {
            Verdict = Verdict.Pass, Kind = CheckKind.Rate, Rule = rule, DecidingQuantity = quantity, Value = comparison.Delta,
            ReferenceLabel = "required", Reference = threshold, SampleCount = comparison.EvaluationCount,
            SampleUnit = comparison.HeldOut ? "held-out points" : "points",
            Detail = Invariant($"log: y = {VerdictResult.Format(comparison.LogFit.Intercept)} + {VerdictResult.Format(comparison.LogFit.Slope)}·ln n (SSE {VerdictResult.Format(comparison.LogSumOfSquares)}); power: y = {VerdictResult.Format(comparison.PowerCoefficient)}·n^{VerdictResult.Format(comparison.PowerExponent)} (SSE {VerdictResult.Format(comparison.PowerSumOfSquares)})"),
        };
        if (comparison.EvaluationCount < VerdictThresholds.MinimumComparisonPoints)
            return result with { Verdict = Verdict.Inconclusive, Relation = "vs", Reason = "too few scored points" };
        if (double.IsNaN(comparison.Delta)) return result with { Verdict = Verdict.Inconclusive, Relation = "vs", Reason = "Δ is NaN" };
        if (comparison.Delta >= threshold) return result with { Relation = "≥" };
        if (comparison.Delta <= -threshold)
            return result with { Verdict = Verdict.Fail, Relation = "≤", Reference = -threshold, Reason = "power law preferred" };
        return result with { Verdict = Verdict.Inconclusive, Relation = "<", Reason = "neither law preferred by the threshold" };
    }

    /// <summary>C3 with a bootstrap interval of Δ over seeds: PASS iff CI.Low ≥ threshold; FAIL iff CI.High ≤ −threshold; else INCONCLUSIVE.</summary>
    public static VerdictResult ModelPreferred(ConfidenceInterval delta, double threshold = VerdictThresholds.ModelPreferenceDelta, string quantity = "held-out Δ (power − log)")
    {
        ArgumentNullException.ThrowIfNull(delta);
        RequireTolerance(threshold);
        string rule = Invariant($"Δ = N·ln(SSE_power/SSE_log): PASS if its {Percent(delta.ConfidenceLevel)}% CI lies at or above {VerdictResult.Format(threshold)} (logarithmic preferred); FAIL if it lies at or below −{VerdictResult.Format(threshold)} (power law preferred); INCONCLUSIVE otherwise{MinimumText(delta)}.");
        var result = FromInterval(quantity, delta, rule, null) with { Relation = "≥", ReferenceLabel = "required", Reference = threshold };
        if (Undecidable(delta) is string reason) return result with { Verdict = Verdict.Inconclusive, Reason = reason };
        if (delta.Low >= threshold) return result;
        if (delta.High <= -threshold)
            return result with { Verdict = Verdict.Fail, Relation = "≤", Reference = -threshold, Reason = "power law preferred" };
        return result with { Verdict = Verdict.Inconclusive, Reason = "neither law preferred by the threshold" };
    }

    /// <summary>Several checks of one claim: FAIL if any fails, else INCONCLUSIVE if any is, else PASS; the deciding part's numbers are kept.</summary>
    public static VerdictResult Combine(string rule, params VerdictResult[] parts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0) throw new ArgumentException("At least one part is required.", nameof(parts));
        var deciding = parts.FirstOrDefault(p => p.Verdict == Verdict.Fail)
                    ?? parts.FirstOrDefault(p => p.Verdict == Verdict.Inconclusive)
                    ?? parts[0];
        return deciding with { Rule = rule, Detail = string.Join("; ", parts.Select(p => p.Describe())) };
    }

    private static VerdictResult FromInterval(string quantity, ConfidenceInterval ci, string rule, string? sampleUnit) => new()
    {
        Verdict = Verdict.Pass,
        Kind = CheckKind.Rate,
        Rule = rule,
        DecidingQuantity = quantity,
        Value = ci.Estimate,
        CiLow = ci.Low,
        CiHigh = ci.High,
        ConfidenceLevel = ci.ConfidenceLevel,
        IntervalMethod = ci.Method,
        SampleCount = ci.SampleCount,
        SampleUnit = sampleUnit ?? (ci.Method == "t" ? "points" : "seeds"),
    };

    /// <summary>Why an interval cannot decide anything, or null if it can.</summary>
    private static string? Undecidable(ConfidenceInterval ci)
    {
        if (double.IsNaN(ci.Low) || double.IsNaN(ci.High) || double.IsNaN(ci.Estimate)) return "interval not computable";
        if (ci.Method == "bootstrap" && ci.SampleCount < VerdictThresholds.MinimumSampleCount)
            return Invariant($"only {ci.SampleCount} units (< {VerdictThresholds.MinimumSampleCount})");
        return null;
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "; " + b;

    private static string MinimumText(ConfidenceInterval ci) => ci.Method == "bootstrap"
        ? Invariant($" (including fewer than {VerdictThresholds.MinimumSampleCount} seeds)")
        : "";

    private static string Percent(double level) => VerdictResult.Format(level * 100);

    private static void RequireTolerance(double tolerance)
    {
        if (double.IsNaN(tolerance) || tolerance < 0)
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Must be ≥ 0.");
    }
}
