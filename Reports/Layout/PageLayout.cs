namespace Repro.Reports.Layout;

/// <summary>One finished page: what goes where. Built completely before any drawing, so the page total is known for every footer.</summary>
internal sealed record PageLayout(IReadOnlyList<PlacedSlice> Items);
