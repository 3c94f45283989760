using System.Diagnostics;
using System.Globalization;
using Repro.Reports.Content;

namespace Repro.Harness.Cli;

/// <summary>
/// `report`: sweeps a killed report's temp files, reads and checks results and manifest, renders
/// the report in memory, then writes figures/, tables/, summary.md and finally report.pdf, each
/// atomically (<see cref="ReportFolder"/>). Bad input is thrown before anything is written.
/// </summary>
internal static class ReportWorkflow
{
    /// <param name="sourceDateEpoch">The value of SOURCE_DATE_EPOCH (passed in so tests need not touch the process environment).</param>
    public static int Run(string outputDirectory, string? sourceDateEpoch, TextWriter output)
    {
        string folder = Path.GetFullPath(outputDirectory);
        ReportFolder.SweepStaleTempFiles(folder);
        var clock = Stopwatch.StartNew();
        RenderedReport report = ReportRendering.Render(folder, sourceDateEpoch);
        ReportFolder.Write(report, folder);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"repro report: {report.PageCount} page(s), {report.Pdf.Length / 1024.0:F0} KiB, {report.Files.Count} figure/table/summary file(s) in {clock.Elapsed.TotalSeconds:F1} s; "
            + $"{Path.Combine(folder, ReportPaths.Pdf)}"));
        return ExitCodes.Ok;
    }
}
