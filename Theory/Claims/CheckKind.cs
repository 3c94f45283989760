namespace Repro.Theory.Claims;

/// <summary>What kind of comparison decides a claim; it determines how strict the rule can be.</summary>
public enum CheckKind
{
    /// <summary>An identity that must hold exactly (no statistics).</summary>
    Exact,

    /// <summary>An inequality that must hold for every measurement (no statistics; slack only for rounding).</summary>
    Bound,

    /// <summary>A rate, slope or growth law estimated with a confidence interval and compared with the prediction.</summary>
    Rate,

    /// <summary>Growth rates per memory regime (below, at and above λ = 1), each compared with its prediction.</summary>
    Cutoff,
}
