using Repro.Theory.Experiments;
using System.Text;

namespace Repro.Reports.Content;

/// <summary>summary.md: the title page's verdict table in Markdown (for a CI job summary).</summary>
internal static class SummaryMarkdown
{
    public static byte[] Build(ReportInput input, ReportTable summary)
    {
        ReportProvenance p = input.Provenance;
        var md = new StringBuilder();
        md.Append($"# Reproduction of {PaperIdentity.ArxivId} — profile {p.Profile}\n\n");
        md.Append($"{SummaryRows.Counts(input)}.\n\n");
        md.Append(Row(summary.Header)).Append('|').Append(string.Concat(summary.Header.Select(_ => "---|"))).Append('\n');
        foreach (IReadOnlyList<string> row in summary.Rows) md.Append(Row(row));
        md.Append($"\nCompute: {TitlePage.ComputeText(input.Compute)}.  \n");
        md.Append($"Commit {ProvenanceText.Commit(p)}; manifest SHA-256 `{p.ManifestSha256}`; date {Numbers.Date(input.Date)}.\n");
        return new UTF8Encoding(false).GetBytes(md.ToString());
    }

    private static string Row(IReadOnlyList<string> cells)
        => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|").Replace('\n', ' '))) + " |\n";
}
