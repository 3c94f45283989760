namespace Repro.Harness.Experiments.Units;

/// <summary>The stored result of an <see cref="InitialOutputUnit"/>.</summary>
internal sealed record InitialOutputOutcome(double MaxAbsOutput);
