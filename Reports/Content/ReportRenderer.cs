using Repro.Theory.Experiments;
using Repro.Reports.Layout;

namespace Repro.Reports.Content;

/// <summary>
/// Builds the whole report from a <see cref="ReportInput"/>: title page, one section per claim
/// (v1 and v2 side by side), the numbers behind the figures and the provenance as appendices; plus every figure as SVG and PNG, every table as CSV and summary.md.
/// The bytes depend only on the input (no clock, no environment), so rendering twice gives
/// identical files.
/// </summary>
public static class ReportRenderer
{
    public static RenderedReport Render(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ReportProvenance p = input.Provenance;
        var metadata = new ReportMetadata(
            Title: $"Reproduction report: {PaperIdentity.ArxivId} ({p.Profile} profile)",
            Author: "Repro",
            Subject: PaperIdentity.Title,
            Creator: $"repro {p.ToolVersion}",
            Producer: "Repro.Reports",
            Date: input.Date);
        using var report = new ReportBuilder(metadata, $"manifest {p.ManifestShort}");
        TitlePage.Add(report, input);
        var figures = new List<NumberedFigure>();
        foreach (var analysis in input.Analyses) figures.AddRange(ClaimSection.Add(report, analysis, input.ClaimOf(analysis)));
        FigureNumbersAppendix.Add(report, figures);
        ProvenanceAppendix.Add(report, input);
        report.Add(ReportPaths.Summary, SummaryMarkdown.Build(input, SummaryRows.Table(input)));
        return report.Finish();
    }
}
