namespace Repro.Theory.Claims;

/// <summary>
/// One synthetic control of a verdict rule (CLAIM-TESTS.md, principle 6): a made-up series on the claim's own grid
/// and noise level whose right answer is known, and what the rule decided for it. The report prints these beside the
/// rule, so a reader sees that the rule can separate a curve at the bound from one that grows faster.
/// </summary>
/// <param name="Name">What the control is, e.g. "at the bound", "faster than any C·bound", "borderline".</param>
/// <param name="Expected">The verdict the rule must give (null for a borderline control: either is acceptable, its outcome is information).</param>
/// <param name="Actual">The verdict the rule gave.</param>
public sealed record ControlOutcome(string Name, Verdict? Expected, Verdict Actual)
{
    /// <summary>The rule gave the required verdict (always true for a borderline control).</summary>
    public bool Passed => Expected is null || Expected == Actual;
}
