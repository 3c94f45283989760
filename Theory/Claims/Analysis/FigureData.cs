namespace Repro.Theory.Claims.Analysis;

/// <summary>One plot: axes with units, and the series drawn on them.</summary>
/// <param name="Id">File-name-safe id, unique within the report (e.g. "C3-v2-width").</param>
/// <param name="LogX">Plot log10 of x with power-of-ten tick labels.</param>
/// <param name="LogY">Plot log10 of y with power-of-ten tick labels.</param>
/// <param name="Descriptive">The figure is not judged (no verdict depends on it); its caption says "descriptive".</param>
/// <param name="Finding">A sentence the analysis generated from the figure's data (e.g. where the empirical cutoff sits), printed in its caption.</param>
public sealed record FigureData(
    string Id,
    string Title,
    string XLabel,
    string YLabel,
    bool LogX,
    bool LogY,
    IReadOnlyList<SeriesData> Series,
    bool Descriptive = false,
    string Finding = "");
