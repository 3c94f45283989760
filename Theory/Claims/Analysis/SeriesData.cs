namespace Repro.Theory.Claims.Analysis;

/// <summary>A named set of points of one kind (measured, predicted, bound).</summary>
public sealed record SeriesData(string Name, SeriesKind Kind, IReadOnlyList<SeriesPoint> Points);
