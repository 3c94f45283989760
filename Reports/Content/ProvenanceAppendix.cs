using Repro.Theory.Experiments;
using Repro.Reports.Layout;
using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>
/// The last section: code, machine and manifest, then the store keys behind each claim × model
/// (whose figures they feed) as 12-hex prefixes; manifest.json lists them in full.
/// </summary>
internal static class ProvenanceAppendix
{
    public const int KeyPrefix = 12;

    private static readonly TableColumn[] KeyValueColumns = [new(1.2), new(4)];
    private static readonly TableColumn[] UnitColumns = [new(1.9), new(0.55, ColumnAlignment.Right), new(4.4)];

    public static void Add(ReportBuilder report, ReportInput input)
    {
        ReportProvenance p = input.Provenance;
        report.PageBreak();
        report.Heading("Appendix: provenance", 1);
        report.Paragraph("Every number in this report is read from results/*.json, whose SHA-256 hashes the manifest lists; "
            + "the manifest's own hash is printed in every page footer. Re-running a claim's command (in its section) on the same commit reproduces its results byte for byte.");
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "tool version", p.ToolVersion },
            new[] { "git commit", p.GitCommit },
            new[] { "working tree", p.GitTree + (p.GitDiffSha256 is { } diff ? $" (diff SHA-256 {diff})" : "") },
            new[] { "profile", p.Profile },
            new[] { "manifest SHA-256", p.ManifestSha256 },
            new[] { "unit keys in manifest", Numbers.Integer(p.ManifestUnitCount) },
            new[] { "report date", Numbers.Date(input.Date) },
            new[] { "compute", TitlePage.ComputeText(input.Compute) },
        };
        rows.AddRange(p.Environment.Select(e => (IReadOnlyList<string>)new[] { e.Key, e.Value }));
        report.Table(ReportTable.Same("provenance", ["Item", "Value"], rows), KeyValueColumns);

        report.Heading("Units behind each figure", 2);
        report.Paragraph($"First {KeyPrefix} hex digits of each unit key (SHA-256 of the unit's canonical JSON and the Theory assembly's version id); "
            + "the full keys are in manifest.json and tables/units.csv.");
        var unitRows = new List<IReadOnlyList<string>>();
        var csvRows = new List<IReadOnlyList<string>>();
        foreach (ClaimAnalysis analysis in input.Analyses)
            foreach (ModelAnalysis model in analysis.Models)
            {
                string figures = model.Figures.Count == 0 ? "(no figure)" : string.Join(", ", model.Figures.Select(f => f.Id));
                unitRows.Add([$"{analysis.ClaimId} {model.Model}\n{figures}", Numbers.Integer(model.UnitKeys.Count),
                    string.Join(" ", model.UnitKeys.Select(k => k.Length > KeyPrefix ? k[..KeyPrefix] : k))]);
                foreach (FigureData figure in model.Figures)
                    foreach (string key in model.UnitKeys)
                        csvRows.Add([analysis.ClaimId, model.Model, figure.Id, key]);
            }
        report.Table(new ReportTable("units", ["Claim, model, figures", "Units", "Unit key prefixes"], unitRows,
            ["claim", "model", "figure", "unit_key"], csvRows), UnitColumns);
    }
}
