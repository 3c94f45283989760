namespace Repro.Theory.Claims;

/// <summary>The outcome of a claim's check. INCONCLUSIVE is a real outcome: too little evidence never passes silently.</summary>
public enum Verdict
{
    /// <summary>The evidence supports the claim by the stated rule.</summary>
    Pass,

    /// <summary>The evidence contradicts the claim by the stated rule.</summary>
    Fail,

    /// <summary>The evidence cannot decide (interval too wide, too few samples, vacuous bound, missing settings).</summary>
    Inconclusive,
}
