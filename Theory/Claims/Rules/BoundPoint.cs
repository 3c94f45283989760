namespace Repro.Theory.Claims.Rules;

/// <summary>One measurement against its exact (worst-case) bound.</summary>
/// <param name="Measured">The measured quantity.</param>
/// <param name="Bound">Its bound (+∞: vacuous, skipped).</param>
/// <param name="Diverged">The run behind it diverged (non-finite loss or parameters) inside the hypotheses, where the statement
/// says it cannot: a FAIL of a rule that is told why (<see cref="BoundAlwaysHoldsRule.DivergenceFails"/>), an error for any other.</param>
public sealed record BoundPoint(double Measured, double Bound, bool Diverged = false);
