namespace Repro.Theory.Experiments.Units;

/// <summary>The stored result of an <see cref="InitialOutputUnit"/>.</summary>
public sealed record InitialOutputOutcome(double MaxAbsOutput);
