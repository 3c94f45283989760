namespace Repro.Theory.Claims.Rules;

/// <summary>One measurement against its exact (worst-case) bound.</summary>
/// <param name="Measured">The measured quantity.</param>
/// <param name="Bound">Its bound (+∞: vacuous, skipped).</param>
public sealed record BoundPoint(double Measured, double Bound);
