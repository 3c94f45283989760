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
        string failed = verdict.Controls.Any(c => !c.Passed) ? " A control the rule gets wrong (✗) means this verdict cannot be trusted." : "";
        if (verdict.Controls.Count > ListedControls)
        {
            // A verdict of many parts (C4) has a few controls per part: count them, and name only those the rule got wrong.
            var wrong = verdict.Controls.Where(c => !c.Passed).Select(Describe).ToList();
            int required = verdict.Controls.Count(c => c.Expected is not null);
            return $"Rule controls on this grid: {required - wrong.Count} of {required} required verdicts given"
                 + $" ({verdict.Controls.Count - required} borderline controls, any verdict allowed)"
                 + (wrong.Count > 0 ? $"; wrong: {string.Join(", ", wrong)}." : ".") + failed;
        }
        return $"Rule controls on this grid: {string.Join(", ", verdict.Controls.Select(Describe))}.{failed}";
    }

    /// <summary>Above this many controls, the line counts them instead of listing each.</summary>
    private const int ListedControls = 6;

    private static string Describe(ControlOutcome c) => $"{c.Name} → {VerdictResult.Label(c.Actual)}{Mark(c)}";

    private static string Mark(ControlOutcome control) => control.Expected switch
    {
        null => "",
        Verdict expected when expected == control.Actual => " ✓",
        Verdict expected => $" ✗ (must be {VerdictResult.Label(expected)})",
    };
}
