using Repro.Harness.Cli;
using Repro.Harness.Shards;
using Repro.Harness.Store;
using Repro.Harness.Tests.Runs;
using Repro.Harness.Tests.Verify;

namespace Repro.Harness.Tests.Shards;

/// <summary>Shards 1/3, 2/3, 3/3 run apart, merged, then a plain run and the report: byte-identical to the one-machine run.</summary>
[Collection(SmallRunCollection.Name)]
public class ShardedRunTests(SmallRun run)
{
    [Fact]
    public void ThreeShardsMergedGiveTheOneMachineResultsManifestAndReportByteForByte()
    {
        using var temp = new TempDirectory();
        int executed = 0;
        var stores = new List<string>();
        for (int k = 1; k <= 3; k++)
        {
            string shardFolder = temp.Combine($"shard-{k}");
            (int code, var tally, string output) = SmallRun.Run(shardFolder, new ShardSpec(k, 3));
            Assert.Equal(ExitCodes.Ok, code);
            Assert.Contains($"--shard {k}/3", output);
            Assert.Equal(["store"], Directory.EnumerateFileSystemEntries(shardFolder).Select(Path.GetFileName));   // no results, no manifest
            executed += tally.Executed;
            stores.Add(Path.Combine(shardFolder, "store"));
        }
        string merged = temp.Combine("merged");
        MergeOutcome outcome = StoreMerger.Merge(stores, Path.Combine(merged, "store"));

        Manifest expected = Manifest.Load(Path.Combine(run.Folder, Manifest.FileName));
        Assert.Equal(expected.UnitKeys.Count, executed);            // every unit computed once, on exactly one shard
        Assert.Equal(expected.UnitKeys.Count, outcome.Entries);

        (int exit, var again, _) = SmallRun.Run(merged, shard: null);
        Assert.Equal(run.ExitCode, exit);
        Assert.Equal(0, again.Executed);
        SortedDictionary<string, byte[]> one = HarnessRun.Snapshot(run.Folder), many = HarnessRun.Snapshot(merged);
        HarnessRun.AssertSameFiles(one, many);                      // store, results and manifest alike

        string single = run.CopyTo(temp.Combine("single"));         // render apart from the shared run folder
        const string Epoch = "1700000000";
        Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(single, Epoch, TextWriter.Null));
        Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(merged, Epoch, TextWriter.Null));
        HarnessRun.AssertSameFiles(HarnessRun.Snapshot(single), HarnessRun.Snapshot(merged));   // report.pdf, figures, tables, summary too
    }
}
