using System.Globalization;
using System.Text;
using Repro.Harness.Store;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Results;

/// <summary>Writes each claim's analysis as results/&lt;claim&gt;.json (canonical) and .csv (the plotted numbers).</summary>
internal static class ResultsWriter
{
    public const string Folder = "results";

    /// <summary>Writes every analysis atomically; returns the written paths, relative to <paramref name="outputDirectory"/>.</summary>
    public static IReadOnlyList<string> Write(string outputDirectory, IEnumerable<ClaimAnalysis> analyses)
    {
        string folder = Path.Combine(outputDirectory, Folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (ClaimAnalysis analysis in analyses)
        {
            AtomicFile.WriteAllBytes(Path.Combine(folder, analysis.ClaimId + ".json"), CanonicalJson.ToFileBytes(CanonicalJson.ToNode(analysis)));
            AtomicFile.WriteAllText(Path.Combine(folder, analysis.ClaimId + ".csv"), Csv(analysis));
            written.Add($"{Folder}/{analysis.ClaimId}.json");
            written.Add($"{Folder}/{analysis.ClaimId}.csv");
        }
        return written;
    }

    public static ClaimAnalysis Read(string path) => CanonicalJson.FromNode<ClaimAnalysis>(CanonicalJson.Parse(File.ReadAllBytes(path)));

    /// <summary>One row per plotted point: model, figure, series, kind, x, y, CI, slice, censored.</summary>
    public static string Csv(ClaimAnalysis analysis)
    {
        var csv = new StringBuilder("claim,model,figure,series,kind,x,y,ci_low,ci_high,slice,censored\n");
        foreach (ModelAnalysis model in analysis.Models)
            foreach (FigureData figure in model.Figures)
                foreach (SeriesData series in figure.Series)
                    foreach (SeriesPoint p in series.Points)
                        csv.Append(string.Join(',', analysis.ClaimId, model.Model, figure.Id, Quote(series.Name), series.Kind.ToString().ToLowerInvariant(),
                            Number(p.X), Number(p.Y), Number(p.Low), Number(p.High), p.Slice, p.Censored ? "true" : "false")).Append('\n');
        return csv.ToString();
    }

    private static string Number(double? value) => value is double v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
