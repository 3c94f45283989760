using Repro.Theory.Claims;

namespace Repro.Reports.Content;

/// <summary>
/// What is printed under a verdict: the rule that decided it (its own text, never the catalogue's)
/// and how that rule did on its synthetic controls on this claim's grid.
/// </summary>
internal static class RuleText
{
    public static string Rule(VerdictResult verdict) => $"Rule: {verdict.Rule}";

    /// <summary>"Rule controls on this grid: at the bound → PASS ✓, faster than any C·bound → FAIL ✓, borderline → INCONCLUSIVE."; null without controls.</summary>
    public static string? Controls(VerdictResult verdict)
    {
        if (verdict.Controls.Count == 0) return null;
        IEnumerable<string> parts = verdict.Controls.Select(c => $"{c.Name} → {VerdictResult.Label(c.Actual)}{Mark(c)}");
        string failed = verdict.Controls.Any(c => !c.Passed) ? " A control the rule gets wrong (✗) means this verdict cannot be trusted." : "";
        return $"Rule controls on this grid: {string.Join(", ", parts)}.{failed}";
    }

    private static string Mark(ControlOutcome control) => control.Expected switch
    {
        null => "",
        Verdict expected when expected == control.Actual => " ✓",
        Verdict expected => $" ✗ (must be {VerdictResult.Label(expected)})",
    };
}
