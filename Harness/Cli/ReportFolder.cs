using Repro.Harness.Store;
using Repro.Reports.Content;

namespace Repro.Harness.Cli;

/// <summary>
/// The report's files on disk. Reports renders bytes only; this writes them through the one atomic
/// writer (<see cref="AtomicFile"/>), so a killed `repro report` leaves temp files that the same
/// sweep as the store's removes on the next run, in every folder the report writes to.
/// </summary>
internal static class ReportFolder
{
    /// <summary>Folders the report writes into, relative to the output folder ("" is the folder itself).</summary>
    private static readonly string[] Folders = ["", ReportPaths.Figures, ReportPaths.Tables];

    /// <summary>Older than this, a temp file is debris even if its pid is alive (reused pid, other host).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Writes every file, then report.pdf last (so a PDF on disk always comes with its figures and
    /// tables), and removes figure/table files of an earlier report that this one no longer has.
    /// </summary>
    public static void Write(RenderedReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (ReportFile file in report.Files) AtomicFile.WriteAllBytes(Path.Combine(folder, file.Path), file.Bytes);
        RemoveStale(folder, report.Files);
        AtomicFile.WriteAllBytes(Path.Combine(folder, ReportPaths.Pdf), report.Pdf);
    }

    /// <summary>Removes temp files of crashed writers beside the report, in figures/ and in tables/ (not deeper).</summary>
    public static int SweepStaleTempFiles(string folder)
        => Folders.Sum(sub => AtomicFile.SweepStaleTempFiles(Path.Combine(folder, sub), StaleAfter, recursive: false));

    private static void RemoveStale(string folder, IReadOnlyList<ReportFile> files)
    {
        var current = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        foreach ((string sub, string[] patterns) in new[] { (ReportPaths.Figures, new[] { "*.svg", "*.png" }), (ReportPaths.Tables, new[] { "*.csv" }) })
        {
            string full = Path.Combine(folder, sub);
            if (!Directory.Exists(full)) continue;
            foreach (string pattern in patterns)
                foreach (string path in Directory.EnumerateFiles(full, pattern))
                    if (!current.Contains($"{sub}/{Path.GetFileName(path)}")) File.Delete(path);
        }
    }
}
