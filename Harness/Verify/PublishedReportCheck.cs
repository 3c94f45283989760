using Repro.Harness.Cli;
using Repro.Harness.Store;
using Repro.Reports.Content;

namespace Repro.Harness.Verify;

/// <summary>
/// Verifies what people read: report.pdf, figures/, tables/ and summary.md are re-rendered from the
/// verified results (in memory, by the same <see cref="ReportRendering"/> as `repro report`) and each
/// published file present is compared byte for byte. The manifest cannot list these files (each PDF
/// page carries its hash), so this is what ties them to the run.
/// </summary>
internal static class PublishedReportCheck
{
    private static readonly (string Folder, string[] Patterns)[] Folders =
    [
        (ReportPaths.Figures, ["*.svg", "*.png"]),
        (ReportPaths.Tables, ["*.csv"]),
    ];

    /// <param name="resultsVerified">False when a listed results file already failed its hash: then nothing is re-rendered from it.</param>
    public static IReadOnlyList<VerifyRow> Rows(string folder, bool resultsVerified, string? sourceDateEpoch)
    {
        List<string> published = Published(folder);
        if (published.Count == 0) return [];
        if (!resultsVerified) return Unchecked(published, "not re-rendered: the results it shows differ from the manifest");

        RenderedReport fresh;
        try
        {
            fresh = ReportRendering.Render(folder, sourceDateEpoch);
        }
        catch (UsageException e)
        {
            return Unchecked(published, $"cannot re-render the report: {e.Message}");
        }

        var expected = fresh.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        expected[ReportPaths.Pdf] = fresh.Pdf;
        var rows = new List<VerifyRow>();
        foreach (string path in published)
        {
            string got = ContentHash.Sha256HexOfFile(Path.Combine(folder, path));
            if (!expected.TryGetValue(path, out byte[]? bytes))
            {
                rows.Add(new VerifyRow($"file {path}", "absent", got[..12], "UNEXPECTED", "not part of the report rendered from these results"));
                continue;
            }
            string want = ContentHash.Sha256Hex(bytes);
            rows.Add(want == got
                ? new VerifyRow($"file {path}", want[..12], got[..12], VerifyRow.Match)
                : new VerifyRow($"file {path}", want[..12], got[..12], "MISMATCH", Difference(path, sourceDateEpoch)));
        }
        return rows;
    }

    /// <summary>The report files in the folder, sorted: report.pdf, summary.md, figures/*, tables/*.</summary>
    private static List<string> Published(string folder)
    {
        var paths = new List<string>();
        foreach (string single in new[] { ReportPaths.Pdf, ReportPaths.Summary })
            if (File.Exists(Path.Combine(folder, single))) paths.Add(single);
        foreach ((string sub, string[] patterns) in Folders)
        {
            string full = Path.Combine(folder, sub);
            if (!Directory.Exists(full)) continue;
            paths.AddRange(patterns.SelectMany(p => Directory.EnumerateFiles(full, p)).Select(f => $"{sub}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal));
        }
        return paths;
    }

    private static string Difference(string path, string? sourceDateEpoch)
        => path == ReportPaths.Pdf && string.IsNullOrEmpty(sourceDateEpoch)
            ? $"differs from the report re-rendered from the verified results (its date is {ReportDate.Variable} if set, else the run's commit time: "
              + "give verify the same value, or run it in a checkout holding that commit)"
            : "differs from the report re-rendered from the verified results";

    private static List<VerifyRow> Unchecked(IEnumerable<string> paths, string why)
        => [.. paths.Select(p => new VerifyRow($"file {p}", "re-render", "not done", "UNCHECKED", why))];
}
