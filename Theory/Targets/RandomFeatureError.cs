namespace Repro.Theory.Targets;

/// <summary>The transported comparator's error over n samples: the worst one and the root mean square.</summary>
public sealed record RandomFeatureError(double MaxError, double RootMeanSquareError);
