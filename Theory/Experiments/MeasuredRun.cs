using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>A training run that has been measured: the unit and its stored outcome.</summary>
public sealed record MeasuredRun(TrainingUnit Unit, TrainingOutcome Outcome);
