using Repro.Harness.Shards;
using Repro.Harness.Store;
using Repro.Harness.Tests.Runs;
using Repro.Harness.Tests.Verify;

namespace Repro.Harness.Tests.Shards;

/// <summary>`repro merge`: idempotent union; refuses stores that disagree (exit 1) or hold a corrupt entry (exit 2), writing nothing.</summary>
[Collection(SmallRunCollection.Name)]
public class MergeTests(SmallRun run)
{
    [Fact]
    public void MergingTwiceWritesNothingTheSecondTime()
    {
        using var temp = new TempDirectory();
        string store = Path.Combine(run.Folder, "store");
        MergeOutcome first = StoreMerger.Merge([store, store], temp.Combine("store"));
        MergeOutcome second = StoreMerger.Merge([store], temp.Combine("store"));
        Assert.Equal(first.Entries, first.Written);
        Assert.Equal((first.Entries, 0, first.Entries), (second.Entries, second.Written, second.AlreadyPresent));
    }

    [Fact]
    public void TwoStoresThatDisagreeOnAKeyAreRefusedWithExit1AndNothingWritten()
    {
        using var temp = new TempDirectory();
        string other = run.CopyTo(temp.Combine("other"));
        string key = StoreTampering.FirstTrainingKey(other);
        StoreTampering.ChangeLastDigit(other, key, "steps");

        var e = Assert.Throws<StoreConflictException>(() => StoreMerger.Merge([Path.Combine(run.Folder, "store"), Path.Combine(other, "store")], temp.Combine("out", "store")));
        Assert.Equal(key, e.Key);

        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["merge", "--out", "out", run.Folder, "other"]);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Contains(key, stderr);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void ACorruptEntryInASourceIsBadInputAndNothingIsWritten()
    {
        using var temp = new TempDirectory();
        string other = run.CopyTo(temp.Combine("other"));
        string key = StoreTampering.FirstTrainingKey(other);
        string path = new ResultStore(Path.Combine(other, "store")).PathFor(key);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"steps\":", "\"steps\":1"));

        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["merge", "--out", "out", "other"]);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(key, stderr);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }
}
