using System.Globalization;
using Repro.Harness.Store;

namespace Repro.Harness.Tests.Reliability;

/// <summary>Ctrl+C (SIGINT) mid-run: exit 3 (0 if it lands after the last unit, with complete output) with a "run again to resume" line, finished units kept, nothing torn; the same command completes to the clean bytes.</summary>
public class InterruptTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(35)]
    public async Task CtrlCStopsWithExitCode3AndTheSameCommandResumes(int afterEntries)
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        using var temp = new TempDirectory();
        string output = temp.Combine("out");
        ReproProcess.Completed interrupted;
        using (ReproProcess.Child child = ReproProcess.Start(temp.Path, ReferenceRun.Arguments("out")))
        {
            while (!child.HasExited && new ResultStore(Path.Combine(output, "store")).Keys().Count < afterEntries) await Task.Delay(5);
            if (!child.HasExited) SystemTool.Run("kill", "-INT", child.Id.ToString(CultureInfo.InvariantCulture)); // may race with the run's end
            interrupted = await child.WaitAsync();
        }

        if (interrupted.Code == ExitCodes.Ok)
        {
            // The signal came after the last unit (or the run ended first): nothing was left to stop, and the output is complete.
            Assert.Null(CrashSafetyTests.CompareWithClean(clean, output, interrupted));
            return;
        }
        Assert.True(interrupted.Code == ExitCodes.Interrupted, $"exit code {interrupted.Code}: {interrupted.Stderr}");
        Assert.Contains(interrupted.StderrLines, line => line.Contains("Run the same command again to resume", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", interrupted.Stderr);
        FolderSnapshot left = FolderSnapshot.Take(output);
        Assert.Empty(left.TempFiles());
        Assert.DoesNotContain(Manifest.FileName, left.Files.Keys);
        Assert.Null(CrashSafetyTests.FirstInvalidEntry(Path.Combine(output, "store")));

        Assert.Null(CrashSafetyTests.CompareWithClean(clean, output, await ReferenceRun.RunAsync(temp)));
    }
}
