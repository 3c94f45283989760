namespace Repro.Harness.Experiments.Units;

/// <summary>The stored result of a <see cref="RandomFeatureUnit"/>: the worst and the RMS error over the n samples.</summary>
internal sealed record RandomFeatureOutcome(double MaxError, double RootMeanSquareError);
