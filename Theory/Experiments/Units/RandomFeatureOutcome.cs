namespace Repro.Theory.Experiments.Units;

/// <summary>The stored result of a <see cref="RandomFeatureUnit"/>: the worst and the RMS error over the n samples.</summary>
public sealed record RandomFeatureOutcome(double MaxError, double RootMeanSquareError);
