using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Repro.Harness.Store;
using Repro.Theory.Numerics;
using Xunit.Abstractions;

namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// SIGKILL at seeded random moments, then a restart: the final store, results and manifest are the
/// uninterrupted run's bytes, no temp file survives, and what a killed run leaves is never torn.
/// </summary>
public class CrashSafetyTests(ITestOutputHelper log)
{
    private const int Trials = 20, Concurrent = 4;
    private const ulong Seed = 8;

    [Fact]
    public async Task ARunKilledAtRandomMomentsRestartsToTheUninterruptedBytes()
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        int entries = clean.Files.Keys.Count(p => p.StartsWith("store/", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentBag<string>();
        var lines = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Trials), new ParallelOptions { MaxDegreeOfParallelism = Concurrent }, async (trial, _) =>
        {
            // Kill once the k-th entry is saved, plus a few ms: spread over start-up, every save, and (k = all) the results and manifest writes.
            var rng = CounterRng.For(Seed, "kill-moment", trial);
            int after = (int)(rng.NextUniform() * (entries + 2));
            double extra = rng.NextUniform(0, after > entries ? 400 : 20);
            using var temp = new TempDirectory();
            using (ReproProcess.Child child = ReproProcess.Start(temp.Path, ReferenceRun.Arguments("out")))
            {
                while (!child.HasExited && SavedEntries(temp.Combine("out", "store")) < Math.Min(after, entries)) await Task.Delay(5);
                await Task.Delay(TimeSpan.FromMilliseconds(extra));
                bool killed = !child.HasExited;
                child.Kill();
                await child.WaitAsync();
                FolderSnapshot left = FolderSnapshot.Take(temp.Combine("out"));
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"trial {trial,2}: {(killed ? "killed" : "finished")} after entry {after,2} + {extra,3:F0} ms: {SavedEntries(temp.Combine("out", "store")),2} entries, {left.TempFiles().Count} temp files, manifest {File.Exists(temp.Combine("out", "manifest.json"))}"));
                string? torn = FirstInvalidEntry(temp.Combine("out", "store"));
                if (torn is not null) failures.Add($"trial {trial}: the killed run left an invalid entry: {torn}");
            }

            ReproProcess.Completed restart = await ReferenceRun.RunAsync(temp);
            string? problem = CompareWithClean(clean, temp.Combine("out"), restart);
            if (problem is not null) failures.Add($"trial {trial} (killed after entry {after} + {extra:F0} ms): {problem}");
        });
        foreach (string line in lines.Order(StringComparer.Ordinal)) log.WriteLine(line);
        log.WriteLine($"{Trials} trials, {Concurrent} at a time, in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    [Fact]
    public async Task TempFilesAreNeverReadAsResultsAndDeadWritersDebrisIsSwept()
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        using var temp = new TempDirectory();
        string output = temp.Combine("out");
        string entry = clean.Files.Keys.First(p => p.StartsWith("store/", StringComparison.Ordinal));
        string entryFolder = Path.GetDirectoryName(entry)!, entryName = Path.GetFileName(entry);
        const int deadPid = int.MaxValue - 1; // above any pid_max: never a running process
        byte[] garbage = "{\"key\":\"garbage\"}\n"u8.ToArray();
        string[] dead =
        [
            Plant(output, entryFolder, entryName, deadPid, garbage),
            Plant(output, "results", "C1.json", deadPid, garbage),
            Plant(output, ".", "manifest.json", deadPid, garbage),
        ];
        // A live writer's temp file (this test process) for a unit the run needs: neither read nor deleted.
        string live = Plant(output, entryFolder, entryName, Environment.ProcessId, garbage);

        ReproProcess.Completed run = await ReferenceRun.RunAsync(temp);

        Assert.Equal(ExitCodes.Ok, run.Code);
        Assert.All(dead, path => Assert.False(File.Exists(Path.Combine(output, path)), $"{path} was not swept"));
        Assert.Equal(garbage, File.ReadAllBytes(Path.Combine(output, live)));
        Assert.Empty(clean.FileDifferences(FolderSnapshot.Take(output).Without(live)));
    }

    /// <summary>Null when the out folder holds exactly the clean bytes and the restart was clean; otherwise the problem.</summary>
    internal static string? CompareWithClean(FolderSnapshot clean, string output, ReproProcess.Completed run)
    {
        if (run.Code != ExitCodes.Ok) return $"exit code {run.Code}: {run.Stderr}";
        if (run.Stderr.Contains("corrupt", StringComparison.Ordinal)) return $"reported a corrupt entry: {run.Stderr}";
        FolderSnapshot final = FolderSnapshot.Take(output);
        if (final.TempFiles().Count > 0) return $"temp files left: {string.Join(", ", final.TempFiles())}";
        List<string> differences = clean.FileDifferences(final);
        return differences.Count == 0 ? null : $"differs from the clean run: {string.Join(", ", differences.Take(5))}";
    }

    private static int SavedEntries(string storeRoot) => new ResultStore(storeRoot).Keys().Count;

    /// <summary>The first entry under its final name that does not verify, or null.</summary>
    internal static string? FirstInvalidEntry(string storeRoot)
    {
        var store = new ResultStore(storeRoot);
        foreach (string key in store.Keys())
        {
            StoreLookup lookup = store.TryLoad(key);
            if (!lookup.IsFound) return $"{key}: {lookup.CorruptReason}";
        }
        return null;
    }

    /// <summary>Writes a temp file named as <see cref="AtomicFile"/> names them, owned by <paramref name="pid"/>; returns its relative path.</summary>
    internal static string Plant(string output, string folder, string fileName, int pid, byte[] bytes)
    {
        string name = $".{fileName}.{TempFileName.Host}.{pid.ToString(CultureInfo.InvariantCulture)}.0123456789abcdef.tmp";
        Assert.True(TempFileName.TryParse(name, out _, out _));
        string relative = folder == "." ? name : $"{folder}/{name}";
        Directory.CreateDirectory(Path.Combine(output, folder));
        File.WriteAllBytes(Path.Combine(output, relative), bytes);
        return relative;
    }
}
