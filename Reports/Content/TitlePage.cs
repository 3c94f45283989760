using Repro.Theory.Experiments;
using Repro.Reports.Layout;

namespace Repro.Reports.Content;

/// <summary>Page 1: which paper, which run, and every verdict at a glance.</summary>
internal static class TitlePage
{
    private static readonly TableColumn[] Columns =
    [
        new(2.4), new(0.85, ColumnAlignment.Center), new(1.75, ColumnAlignment.Center), new(2.5), new(0.85, ColumnAlignment.Right), new(1.65, ColumnAlignment.Right),
    ];

    public static void Add(ReportBuilder report, ReportInput input)
    {
        ReportProvenance p = input.Provenance;
        report.Heading("Reproduction report", 1);
        report.Paragraph($"{PaperIdentity.Authors}, “{PaperIdentity.Title}”, {PaperIdentity.ArxivId}, {PaperIdentity.Versions}.");
        report.Paragraph($"Profile: {p.Profile}. Date: {Numbers.Date(input.Date)}. "
            + $"Code: repro {p.ToolVersion}, commit {ProvenanceText.Commit(p)}. Manifest SHA-256: {p.ManifestShort}… (full hash in the appendix).");
        report.Paragraph($"Compute: {ComputeText(input.Compute)}.");
        report.Heading("Verdicts", 2);
        report.Paragraph(SummaryRows.Counts(input) + ". Model v1 has a full hidden-to-hidden matrix (arXiv v1), model v2 diagonal ones (arXiv v2). Each claim's section gives the rule, the measured numbers beside the prediction and the command that reproduces it alone.");
        ReportTable table = SummaryRows.Table(input);
        var models = SummaryRows.Pairs(input).Select(x => x.Model).ToList();
        report.Table(table, Columns, (row, column) => column == 2 ? VerdictCells.Emphasis(models[row]) : CellEmphasis.None);
    }

    /// <summary>"estimated 3 min single-core over 173 units (upper estimate of the plan …)".</summary>
    public static string ComputeText(ComputeEstimate compute)
        => $"estimated {Numbers.Duration(compute.CpuSeconds)} single-core over {Numbers.Integer(compute.Units)} unit(s) ({compute.Basis})";
}
