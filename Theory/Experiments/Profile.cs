namespace Repro.Theory.Experiments;

/// <summary>How large a plan is: smoke (≤ 1 min, CI), review (≤ 15 min, the default), full (paper scale, hours).</summary>
public enum Profile
{
    Smoke,
    Review,
    Full,
}
