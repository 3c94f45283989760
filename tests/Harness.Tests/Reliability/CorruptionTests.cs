using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// A damaged store entry — truncated, bit-flipped, swapped for another unit's file, or re-keyed with
/// a valid hash around another unit — is detected, reported once, recomputed, and the run ends
/// with the clean run's bytes.
/// </summary>
public class CorruptionTests
{
    [Fact]
    public async Task EverySingleBitFlipAndEveryTruncationOfAnEntryIsDetected()
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        foreach ((string key, byte[] bytes) in Entries(clean).Take(3))
        {
            Assert.True(StoreEntryCodec.Decode(key, bytes).IsFound);
            for (int i = 0; i < bytes.Length; i++)
            {
                byte[] flipped = (byte[])bytes.Clone();
                flipped[i] ^= (byte)(1 << (i % 8));
                Assert.True(StoreEntryCodec.Decode(key, flipped).IsCorrupt, $"{key}: flipping bit {i % 8} of byte {i} went unnoticed");
            }
            for (int length = 0; length < bytes.Length; length++)
                Assert.True(StoreEntryCodec.Decode(key, bytes[..length]).IsCorrupt, $"{key}: truncation to {length} bytes went unnoticed");
        }
    }

    [Fact]
    public async Task AnotherUnitsEntryUnderThisKeyIsDetected()
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        var ((keyA, _), (_, bytesB)) = (Entries(clean)[0], Entries(clean)[1]);
        StoreLookup swapped = StoreEntryCodec.Decode(keyA, bytesB);
        Assert.True(swapped.IsCorrupt);
        Assert.Contains("swapped", swapped.CorruptReason);
    }

    [Fact]
    public async Task DamagedEntriesAreReportedOnceRecomputedAndTheRunEndsWithTheCleanBytes()
    {
        FolderSnapshot clean = await ReferenceRun.OutputAsync();
        using var temp = new TempDirectory();
        string output = temp.Combine("out");
        clean.WriteTo(output);
        List<(string Key, byte[] Bytes)> entries = Entries(clean);
        var store = new ResultStore(Path.Combine(output, "store"));
        var damaged = new Dictionary<string, string>
        {
            [entries[0].Key] = "truncated",
            [entries[1].Key] = "bit-flipped",
            [entries[2].Key] = "swapped",
            [entries[3].Key] = "re-keyed",
        };
        File.WriteAllBytes(store.PathFor(entries[0].Key), entries[0].Bytes[..(entries[0].Bytes.Length / 2)]);
        byte[] flipped = (byte[])entries[1].Bytes.Clone();
        flipped[flipped.Length / 3] ^= 0x04;
        File.WriteAllBytes(store.PathFor(entries[1].Key), flipped);
        File.WriteAllBytes(store.PathFor(entries[2].Key), entries[5].Bytes);
        // A well-formed entry with a correct hash and this key, but holding another unit and its result.
        StoreEntry other = StoreEntryCodec.Decode(entries[6].Key, entries[6].Bytes).Entry!;
        File.WriteAllBytes(store.PathFor(entries[3].Key), StoreEntryCodec.Encode(entries[3].Key, other.Unit, other.Result));

        ReproProcess.Completed repair = await ReferenceRun.RunAsync(temp);
        Assert.Equal(ExitCodes.Ok, repair.Code);
        string[] reports = [.. repair.StderrLines.Where(line => line.Contains("was corrupt", StringComparison.Ordinal))];
        Assert.Equal(damaged.Count, reports.Length);
        foreach ((string key, string how) in damaged)
            Assert.True(reports.Count(line => line.Contains(key, StringComparison.Ordinal)) == 1, $"the {how} entry {key} is not reported exactly once:\n{repair.Stderr}");
        Assert.Null(CrashSafetyTests.CompareWithClean(clean, output, repair with { Stderr = "" }));

        ReproProcess.Completed again = await ReferenceRun.RunAsync(temp);
        Assert.Null(CrashSafetyTests.CompareWithClean(clean, output, again));
    }

    /// <summary>The store entries of a snapshot as (key, bytes), in key order.</summary>
    private static List<(string Key, byte[] Bytes)> Entries(FolderSnapshot snapshot) => [.. snapshot.Files
        .Where(file => file.Key.StartsWith("store/", StringComparison.Ordinal))
        .Select(file => (Path.GetFileNameWithoutExtension(file.Key), file.Value))];
}
