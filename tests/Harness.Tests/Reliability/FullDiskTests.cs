using Repro.Harness.Store;
using Xunit.Abstractions;

namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// A disk that fills up mid-run: the run ends with one "I/O error: No space left on device" line and
/// exit 4, leaves no temp file, no torn entry, no manifest and no results file, and the same command
/// resumes once there is space. Simulated through the <see cref="DiskSpaceFault"/> seam everywhere,
/// and on a real 48 KiB tmpfs where mounting is allowed.
/// </summary>
public class FullDiskTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData("while saving units", 0.5)]
    [InlineData("while writing results", 1.0)]
    public async Task ADiskFullingUpEndsTheRunWithOneLineAndTheSameCommandResumes(string when, double storeFraction)
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        long storeBytes = clean.Files.Where(f => f.Key.StartsWith("store/", StringComparison.Ordinal)).Sum(f => (long)f.Value.Length);
        long space = (long)(storeBytes * storeFraction) + 10;
        using var temp = new TempDirectory();

        ReproProcess.Completed full = await ReferenceRun.RunAsync(temp, environment: new Dictionary<string, string> { [DiskSpaceFault.VariableName] = $"{space}" });

        AssertCleanFailure(full, temp.Combine("out"), when);
        Assert.Null(CrashSafetyTests.CompareWithClean(clean, temp.Combine("out"), await ReferenceRun.RunAsync(temp)));
    }

    [Fact]
    public async Task ARealFullFileSystemEndsTheRunWithOneLine()
    {
        using var temp = new TempDirectory();
        string output = temp.Combine("out");
        Directory.CreateDirectory(output);
        if (!SystemTool.Run("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", output))
        {
            log.WriteLine("skipped: cannot mount a size-limited tmpfs here (needs root); the simulated cases cover this");
            return;
        }
        try
        {
            ReproProcess.Completed full = await ReferenceRun.RunAsync(temp);
            AssertCleanFailure(full, output, "on a 48 KiB tmpfs");
        }
        finally
        {
            SystemTool.Run("umount", output);
        }
    }

    private static void AssertCleanFailure(ReproProcess.Completed run, string output, string when)
    {
        Assert.True(run.Code == ExitCodes.Internal, $"{when}: exit code {run.Code}, stderr: {run.Stderr}");
        Assert.StartsWith("repro: I/O error: No space left on device", run.StderrLines[^1]);
        Assert.Single(run.StderrLines, line => line.Contains("No space left", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr);
        FolderSnapshot left = FolderSnapshot.Take(output);
        Assert.Empty(left.TempFiles());
        Assert.Null(CrashSafetyTests.FirstInvalidEntry(Path.Combine(output, "store")));
        Assert.DoesNotContain(Manifest.FileName, left.Files.Keys);
        Assert.DoesNotContain(left.Files.Keys, path => path.StartsWith("results/", StringComparison.Ordinal));
    }
}
