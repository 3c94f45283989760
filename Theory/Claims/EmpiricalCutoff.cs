using Repro.Theory.Claims.Rules;
using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims;

/// <summary>
/// C4 (d): where the measured curvature at Θ(0) starts to grow with T, set beside the theorem's cutoff λ = 1. Each λ's
/// curvature is classed by a bounded-tail rule (PASS: bounded, FAIL: grows, INCONCLUSIVE: undetermined); the sentence
/// names the classes and whether the boundary between "bounded" and "grows" lies at λ = 1.
/// </summary>
public static class EmpiricalCutoff
{
    /// <summary>
    /// "Curvature at Θ(0) bounded in T for λ = 0.5, 0.8; grows for λ = 1, 1.2: the empirical cutoff lies in (0.8, 1],
    /// at λ = 1 as the theorem's." — one sentence from the drift verdicts per λ.
    /// </summary>
    public static string Describe(IReadOnlyList<(double Lambda, VerdictResult Drift)> drifts)
    {
        ArgumentNullException.ThrowIfNull(drifts);
        if (drifts.Count == 0) return "";
        var ordered = drifts.OrderBy(d => d.Lambda).ToArray();
        double[] bounded = Lambdas(ordered, Verdict.Pass), grows = Lambdas(ordered, Verdict.Fail), open = Lambdas(ordered, Verdict.Inconclusive);
        var classes = new List<string>();
        if (bounded.Length > 0) classes.Add($"bounded in T for λ = {List(bounded)}");
        if (grows.Length > 0) classes.Add($"grows with T for λ = {List(grows)}");
        if (open.Length > 0) classes.Add($"undetermined for λ = {List(open)}");
        return $"Empirical cutoff (descriptive): the curvature at Θ(0) is {string.Join("; ", classes)}, each by the rule: {ordered[0].Drift.Rule} — {Where(ordered)}.";
    }

    private static string Where((double Lambda, VerdictResult Drift)[] ordered)
    {
        if (ordered.Any(d => d.Drift.Verdict == Verdict.Inconclusive)) return "so where it sits cannot be said on this grid";
        if (ordered.All(d => d.Drift.Verdict == Verdict.Pass)) return $"it grows for no λ on this grid, so the empirical cutoff lies above λ = {F(ordered[^1].Lambda)}, not at λ = 1";
        if (ordered.All(d => d.Drift.Verdict == Verdict.Fail)) return $"it grows for every λ on this grid, so the empirical cutoff lies below λ = {F(ordered[0].Lambda)}, not at λ = 1";
        int first = Array.FindIndex(ordered, d => d.Drift.Verdict == Verdict.Fail);
        bool monotone = ordered.Skip(first).All(d => d.Drift.Verdict == Verdict.Fail);
        if (!monotone) return "growth is not monotone in λ, so no single cutoff describes it";
        double below = ordered[first - 1].Lambda, above = ordered[first].Lambda;
        bool atOne = below < 1 && above >= 1;
        return $"the empirical cutoff lies in ({F(below)}, {F(above)}], {(atOne ? "which contains the theorem's λ = 1" : "which does not contain the theorem's λ = 1")}";
    }

    private static double[] Lambdas((double Lambda, VerdictResult Drift)[] ordered, Verdict verdict)
        => ordered.Where(d => d.Drift.Verdict == verdict).Select(d => d.Lambda).ToArray();

    private static string List(double[] values) => string.Join(", ", values.Select(F));
}
