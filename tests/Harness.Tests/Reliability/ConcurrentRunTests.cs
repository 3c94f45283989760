namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// Several `repro run`s on one out folder at once: lock-free by design — entries are immutable,
/// content-addressed and written by atomic rename, results and manifest are deterministic and
/// atomically replaced — so all finish with exit 0 and the folder holds exactly one run's bytes.
/// </summary>
public class ConcurrentRunTests
{
    [Fact]
    public async Task ThreeRunsOnOneFolderAtOnceAllSucceedWithTheSingleRunBytes()
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        using var temp = new TempDirectory();
        // Staggered starts with different job counts, so the runs overlap at every phase (saving, reusing, writing results).
        Task<ReproProcess.Completed>[] runs = [.. new[] { (Jobs: 2, Delay: 0), (Jobs: 1, Delay: 0), (Jobs: 2, Delay: 400) }
            .Select(async run =>
            {
                await Task.Delay(run.Delay);
                return await ReferenceRun.RunAsync(temp, run.Jobs);
            })];
        ReproProcess.Completed[] finished = await Task.WhenAll(runs);

        FolderSnapshot final = FolderSnapshot.Take(temp.Combine("out"));
        Assert.All(finished, run => Assert.Null(CrashSafetyTests.CompareWithClean(clean, temp.Combine("out"), run)));
        Assert.Equal(clean.Files.Keys, final.Files.Keys);
        int executed = finished.Sum(run => ExecutedUnits(run.Stdout));
        int units = clean.Files.Keys.Count(p => p.StartsWith("store/", StringComparison.Ordinal));
        Assert.InRange(executed, units, finished.Length * units); // every unit ran at least once; duplicates only cost time
    }

    /// <summary>N from the summary line "N unit(s) executed, …".</summary>
    private static int ExecutedUnits(string stdout)
    {
        string line = stdout.Split('\n').Single(l => l.Contains(" unit(s) executed", StringComparison.Ordinal));
        return int.Parse(line[..line.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
