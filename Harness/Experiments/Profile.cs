namespace Repro.Harness.Experiments;

/// <summary>How large a plan is: smoke (≤ 1 min, CI), review (≤ 15 min, the default), full (paper scale, hours).</summary>
internal enum Profile
{
    Smoke,
    Review,
    Full,
}
