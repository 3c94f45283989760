namespace Repro.Reports.Layout;

/// <summary>A slice and its top edge, in points below the top of the text block.</summary>
internal sealed record PlacedSlice(Slice Slice, float Top);
