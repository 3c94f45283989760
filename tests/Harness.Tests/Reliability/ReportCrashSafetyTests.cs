using System.Globalization;
using Repro.Reports.Content;
using Xunit.Abstractions;

namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// `repro report` writes its files through the harness's atomic writer, so its debris is the
/// sweep's: SIGKILL while it writes, and the next report leaves no temp file and the clean bytes.
/// </summary>
public class ReportCrashSafetyTests(ITestOutputHelper log)
{
    private const int Trials = 6;
    private static readonly Dictionary<string, string> FixedDate = new() { ["SOURCE_DATE_EPOCH"] = "1700000000" };
    private static readonly string[] Report = ["report", "--out", "out"];

    [Fact]
    public async Task AReportKilledWhileWritingLeavesNoTempFileAfterTheNextRun()
    {
        FolderSnapshot results = await ReferenceRun.OutputAsync();
        FolderSnapshot clean = await CleanReportAsync(results);
        int caught = 0;
        for (int trial = 0; trial < Trials; trial++)
        {
            using var temp = new TempDirectory();
            results.WriteTo(temp.Combine("out"));
            // Kill once the first report file is being written, plus 0, 15, 30 … ms: kills land among the figures, the tables and the PDF.
            TimeSpan delay = TimeSpan.FromMilliseconds(15 * trial);
            bool finished;
            using (ReproProcess.Child child = ReproProcess.Start(temp.Path, Report, FixedDate))
            {
                while (!child.HasExited && !TempNames(temp.Combine("out")).Any()) await Task.Delay(1);
                await Task.Delay(delay);
                finished = child.HasExited;
                child.Kill();
                await child.WaitAsync();
            }
            int left = TempNames(temp.Combine("out")).Count();
            if (left > 0) caught++;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trial {trial}: {(finished ? "finished before the kill" : "killed")} {delay.TotalMilliseconds:F0} ms after the first temp file; {left} left behind"));

            ReproProcess.Completed next = await ReproProcess.RunAsync(temp.Path, Report, FixedDate);
            Assert.True(next.Code == ExitCodes.Ok, $"trial {trial}: exit {next.Code}: {next.Stderr}");
            Assert.Empty(TempNames(temp.Combine("out")));
            Assert.Empty(clean.FileDifferences(FolderSnapshot.Take(temp.Combine("out"))));
        }
        log.WriteLine($"{caught} of {Trials} kills left a temp file for the next run to sweep");
        Assert.True(caught > 0, "no kill left a temp file, so the sweep was not exercised");
    }

    [Fact]
    public async Task DeadWritersTempFilesBesideTheReportAndInFiguresAndTablesAreSwept()
    {
        FolderSnapshot results = await ReferenceRun.OutputAsync();
        using var temp = new TempDirectory();
        string output = temp.Combine("out");
        results.WriteTo(output);
        const int deadPid = int.MaxValue - 1; // above any pid_max: never a running process
        byte[] torn = "torn"u8.ToArray();
        string[] dead =
        [
            CrashSafetyTests.Plant(output, ".", ReportPaths.Pdf, deadPid, torn),
            CrashSafetyTests.Plant(output, ".", ReportPaths.Summary, deadPid, torn),
            CrashSafetyTests.Plant(output, ReportPaths.Figures, "C1-v1.png", deadPid, torn),
            CrashSafetyTests.Plant(output, ReportPaths.Tables, "C1-v1.csv", deadPid, torn),
        ];

        ReproProcess.Completed run = await ReproProcess.RunAsync(temp.Path, Report, FixedDate);

        Assert.True(run.Code == ExitCodes.Ok, run.Stderr);
        Assert.All(dead, path => Assert.False(File.Exists(Path.Combine(output, path)), $"{path} was not swept"));
        Assert.Empty(TempNames(output));
    }

    /// <summary>
    /// Paths of every ".*.tmp" file under <paramref name="root"/> right now, whoever named it (a writer
    /// outside AtomicFile would use names its sweep does not parse); names only, as this is polled every millisecond.
    /// </summary>
    private static IEnumerable<string> TempNames(string root)
        => Directory.EnumerateFiles(root, ".*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true });

    /// <summary>An uninterrupted report of <paramref name="results"/>: results, manifest and every report file.</summary>
    private static async Task<FolderSnapshot> CleanReportAsync(FolderSnapshot results)
    {
        using var temp = new TempDirectory();
        results.WriteTo(temp.Combine("out"));
        ReproProcess.Completed run = await ReproProcess.RunAsync(temp.Path, Report, FixedDate);
        Assert.True(run.Code == ExitCodes.Ok, $"the clean report failed with {run.Code}: {run.Stderr}");
        return FolderSnapshot.Take(temp.Combine("out"));
    }
}
