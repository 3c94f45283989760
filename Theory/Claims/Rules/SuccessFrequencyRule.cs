using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// A guarantee "with probability ≥ 1 − δ" (C3a): at each x, k successes of N runs. PASS if k/N ≥ 1 − δ at every x;
/// FAIL if the Clopper–Pearson upper end at some x lies below 1 − δ; INCONCLUSIVE otherwise or with nothing measured.
/// </summary>
/// <param name="Quantity">What a success is, e.g. "R̂ ≤ ε within the step budget".</param>
/// <param name="Delta">δ, the allowed failure probability, in (0, 1).</param>
/// <param name="ConfidenceLevel">Two-sided level of the Clopper–Pearson interval.</param>
public sealed record SuccessFrequencyRule(string Quantity, double Delta, double ConfidenceLevel = 0.95) : VerdictRule<IReadOnlyList<SuccessCount>>
{
    public override string Describe()
        => $"Success frequency: at each x, the frequency k/N of runs with {Quantity}. PASS if k/N ≥ 1 − δ = {F(1 - Delta)} (δ = {F(Delta)}) at every x; "
         + $"FAIL if the {Percent(ConfidenceLevel)} Clopper–Pearson upper end at some x lies below {F(1 - Delta)}; INCONCLUSIVE otherwise or if some x has no run.";

    protected override VerdictResult Judge(IReadOnlyList<SuccessCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (!(Delta > 0 && Delta < 1)) throw new ArgumentOutOfRangeException(nameof(Delta), Delta, "Must lie in (0, 1).");
        double required = 1 - Delta;
        var intervals = counts.Select(c => (c.X, Ci: ClopperPearson.Interval(c.Successes, c.Trials, ConfidenceLevel))).ToArray();
        var result = new VerdictResult
        {
            Verdict = Verdict.Inconclusive, Kind = CheckKind.Bound, Rule = Describe(), DecidingQuantity = $"lowest frequency of {Quantity}",
            Value = double.NaN, Relation = "vs", ReferenceLabel = "required", Reference = required,
            SampleCount = counts.Sum(c => c.Trials), SampleUnit = "runs",
            Detail = Join(counts.Select((c, i) => $"x = {F(c.X)}: {Int(c.Successes)}/{Int(c.Trials)} [{F(intervals[i].Ci.Low)}, {F(intervals[i].Ci.High)}]")),
        };
        if (counts.Count == 0) return result with { Reason = "nothing measured" };
        if (intervals.FirstOrDefault(p => p.Ci.SampleCount == 0) is { Ci: not null } empty) return result with { Reason = $"no run at x = {F(empty.X)}" };
        var worst = intervals.OrderBy(p => p.Ci.High).ThenBy(p => p.Ci.Estimate).First();
        result = result with
        {
            Value = worst.Ci.Estimate, CiLow = worst.Ci.Low, CiHigh = worst.Ci.High, ConfidenceLevel = ConfidenceLevel, IntervalMethod = ClopperPearson.Method,
        };
        if (worst.Ci.High < required) return result with { Verdict = Verdict.Fail, Relation = "<", Reason = $"fails more often than δ at x = {F(worst.X)}" };
        var lowest = intervals.OrderBy(p => p.Ci.Estimate).First();
        result = result with { Value = lowest.Ci.Estimate, CiLow = lowest.Ci.Low, CiHigh = lowest.Ci.High };
        if (lowest.Ci.Estimate >= required) return result with { Verdict = Verdict.Pass, Relation = "≥" };
        return result with { Relation = "<", Reason = $"below 1 − δ at x = {F(lowest.X)}, within its interval" };
    }

    /// <summary>
    /// On the input's x values and run counts N: ⌈(1 − δ)N⌉ successes everywhere, at the bound (PASS); successes
    /// falling linearly along x to 0 at the last x (FAIL); one fewer than ⌈(1 − δ)N⌉ everywhere (borderline).
    /// </summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<SuccessCount>>> Controls(IReadOnlyList<SuccessCount> counts)
    {
        var grid = counts.Where(c => c.Trials > 0).OrderBy(c => c.X).ToArray();
        if (grid.Length == 0) yield break;
        // ⌈(1 − δ)N⌉, less a hair so that a product like 0.9·10 = 9.000000000000002 does not round up to 10.
        int AtBound(int n) => Math.Min(n, (int)Math.Ceiling((1 - Delta) * n - 1e-9));
        yield return new("at 1 − δ", Verdict.Pass, grid.Select(c => c with { Successes = AtBound(c.Trials) }).ToArray());
        yield return new("falling to 0 successes", Verdict.Fail,
            grid.Select((c, i) => c with { Successes = (int)Math.Round(AtBound(c.Trials) * (1 - (i + 1.0) / grid.Length)) }).ToArray());
        yield return new("one success short of 1 − δ", null, grid.Select(c => c with { Successes = Math.Max(0, AtBound(c.Trials) - 1) }).ToArray());
    }
}
