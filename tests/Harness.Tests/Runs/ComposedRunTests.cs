using Repro.Theory.Experiments;
using Repro.Harness.Cli;
using Repro.Harness.Store;

namespace Repro.Harness.Tests.Runs;

/// <summary>Runs of claim subsets into one folder compose into the run of them all, or are refused saying what to do.</summary>
public class ComposedRunTests
{
    private static readonly string[] V2 = ["v2"];

    [Fact]
    public void C1ThenC2IntoOneFolderComposeIntoTheRunOfBoth()
    {
        using var temp = new TempDirectory();
        string composed = temp.Combine("composed"), together = temp.Combine("together");
        Assert.Equal(ExitCodes.Ok, HarnessRun.Run(composed, ["C1"], models: V2).ExitCode);
        (int code, _, string output) = HarnessRun.Run(composed, ["C2"], models: V2);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("kept the earlier results of C1", output);
        Assert.Equal(ExitCodes.Ok, HarnessRun.Run(together, ["C1", "C2"], models: V2).ExitCode);

        // Same build, machine and units: the composed manifest is byte for byte the one run's.
        Assert.Equal(File.ReadAllBytes(Path.Combine(together, Manifest.FileName)), File.ReadAllBytes(Path.Combine(composed, Manifest.FileName)));
        Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(composed, "0", new StringWriter()));
        Assert.Contains("C1", File.ReadAllText(Path.Combine(composed, "summary.md")));
    }

    [Fact]
    public void EarlierResultsOfAnotherBuildAreRefusedBeforeAnythingRunsWithTheCommandThatFixesIt()
    {
        using var temp = new TempDirectory();
        string folder = temp.Combine("run");
        Assert.Equal(ExitCodes.Ok, HarnessRun.Run(folder, ["C1"], models: V2).ExitCode);
        string path = Path.Combine(folder, Manifest.FileName);
        Manifest manifest = Manifest.Load(path);
        (manifest with { Git = new GitInfo(new string('b', 40), GitTreeState.Clean, null) }).Save(path);
        SortedDictionary<string, byte[]> before = HarnessRun.Snapshot(folder);

        var e = Assert.Throws<UsageException>(() => HarnessRun.Run(folder, ["C2"], models: V2));
        Assert.Equal(Manifest.FileName, e.Field);
        Assert.Contains("claims C1 made by another build (commit bbbbbbbbbbbb clean", e.Message);
        Assert.Contains($"`repro run --claims C1,C2 --profile smoke --out {folder}` (stored units are reused); to drop them, remove results/C1.*", e.Message);
        HarnessRun.AssertSameFiles(before, HarnessRun.Snapshot(folder));
    }

    [Fact]
    public void EarlierResultsOfAnotherProfileOrEditedAfterTheirRunAreRefused()
    {
        using var temp = new TempDirectory();
        string folder = temp.Combine("run");
        Assert.Equal(ExitCodes.Ok, HarnessRun.Run(folder, ["C1"], models: V2).ExitCode);

        var profile = Assert.Throws<UsageException>(() => HarnessRun.Run(folder, ["C2"], Repro.Theory.Experiments.Profile.Review, models: V2));
        Assert.Contains("describes claims C1 of profile smoke, not review", profile.Message);

        File.AppendAllText(Path.Combine(folder, "results", "C1.csv"), "\n");
        var edited = Assert.Throws<UsageException>(() => HarnessRun.Run(folder, ["C2"], models: V2));
        Assert.Equal("results/C1.csv", edited.Field);
        Assert.Contains("changed after the run manifest.json describes", edited.Message);

        // Re-running the earlier claim itself is always allowed: it replaces its own results.
        Assert.Equal(ExitCodes.Ok, HarnessRun.Run(folder, ["C1"], models: V2).ExitCode);
    }
}
