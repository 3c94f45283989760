namespace Repro.Theory.Claims.Analysis;

/// <summary>How many of the training runs behind a model's numbers diverged, and where.</summary>
/// <param name="TrainingRuns">Training runs behind the numbers.</param>
/// <param name="Diverged">The runs that diverged, sorted by unit key.</param>
public sealed record DivergenceSummary(int TrainingRuns, IReadOnlyList<DivergedRun> Diverged);
