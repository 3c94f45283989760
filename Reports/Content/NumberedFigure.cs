using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>A figure as numbered in its claim's section, so the appendix can name it.</summary>
internal sealed record NumberedFigure(int Number, string ClaimId, string Model, FigureData Figure);
