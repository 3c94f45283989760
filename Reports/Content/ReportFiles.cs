namespace Repro.Reports.Content;

/// <summary>
/// Writes a rendered report into its folder: every file atomically, report.pdf last (so a PDF on
/// disk always comes with its figures and tables), and figure/table files of an earlier report
/// that this one no longer has are removed so the folders never mix two reports.
/// </summary>
public static class ReportFiles
{
    public static void Write(RenderedReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (ReportFile file in report.Files) Layout.AtomicWrite.Bytes(Path.Combine(directory, file.Path), file.Bytes);
        RemoveStale(directory, report.Files);
        Layout.AtomicWrite.Bytes(Path.Combine(directory, ReportPaths.Pdf), report.Pdf);
    }

    private static void RemoveStale(string directory, IReadOnlyList<ReportFile> files)
    {
        var current = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        foreach ((string folder, string[] patterns) in new[] { (ReportPaths.Figures, new[] { "*.svg", "*.png" }), (ReportPaths.Tables, new[] { "*.csv" }) })
        {
            string full = Path.Combine(directory, folder);
            if (!Directory.Exists(full)) continue;
            foreach (string pattern in patterns)
                foreach (string path in Directory.EnumerateFiles(full, pattern))
                    if (!current.Contains($"{folder}/{Path.GetFileName(path)}")) File.Delete(path);
        }
    }
}
