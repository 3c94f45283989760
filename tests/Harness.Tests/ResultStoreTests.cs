using System.Text;
using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Tests;

public class ResultStoreTests
{
    private static readonly Guid Mvid = new("11111111-2222-3333-4444-555555555555");

    private static (string Key, JsonObject Unit, JsonObject Result) Sample(int i)
    {
        var unit = new JsonObject { ["kind"] = "sample", ["i"] = i };
        var result = new JsonObject { ["value"] = 1.0 / (i + 3), ["series"] = new JsonArray(i, i + 1, 0.5) };
        return (UnitKey.Compute(unit, Mvid), unit, result);
    }

    [Fact]
    public void SavedEntriesLoadBackAtTheDocumentedPath()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        var (key, unit, result) = Sample(1);

        Assert.Equal(LookupStatus.Missing, store.TryLoad(key).Status);
        store.Save(key, unit, result);
        StoreLookup lookup = store.TryLoad(key);

        Assert.True(lookup.IsFound);
        Assert.Equal(LookupStatus.Found, lookup.Status);
        Assert.Equal(key, lookup.Entry.Key);
        Assert.True(CanonicalJson.Equal(unit, lookup.Entry.Unit));
        Assert.True(CanonicalJson.Equal(result, lookup.Entry.Result));
        Assert.Null(lookup.Entry.Result.Parent);
        Assert.Equal(Path.Combine(dir.Path, key[..2], key + ".json"), store.PathFor(key));
        Assert.Equal([$"{key[..2]}/{key}.json"], dir.Files());
        Assert.Equal([key], store.Keys());
    }

    [Fact]
    public void EntryFileIsCompactCanonicalJsonWithTheHashOfKeyResultUnit()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        string key = new('a', 64);
        store.Save(key, new JsonObject { ["x"] = 1 }, new JsonObject { ["y"] = 0.25 });

        string body = $$$"""{"key":"{{{key}}}","result":{"y":0.25},"unit":{"x":1}}""";
        string hash = ContentHash.Sha256Hex(body);
        string expected = $$$"""{"key":"{{{key}}}","result":{"y":0.25},"sha256":"{{{hash}}}","unit":{"x":1}}""" + "\n";
        Assert.Equal(expected, File.ReadAllText(store.PathFor(key)));
        Assert.Equal(hash, store.TryLoad(key).Entry!.Sha256);
    }

    [Fact]
    public void SavingAnIdenticalEntryDoesNotRewriteIt()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        var (key, unit, result) = Sample(2);
        store.Save(key, unit, result);
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(store.PathFor(key), past);

        store.Save(key, CanonicalJson.Parse(CanonicalJson.Serialize(unit))!, result);

        Assert.Equal(past, File.GetLastWriteTimeUtc(store.PathFor(key)));
    }

    [Fact]
    public void TruncatedEntryIsCorrupt()
    {
        using var dir = new TempDirectory();
        var (store, key) = StoreWithOneEntry(dir);
        byte[] bytes = File.ReadAllBytes(store.PathFor(key));
        File.WriteAllBytes(store.PathFor(key), bytes[..(bytes.Length / 2)]);

        StoreLookup lookup = store.TryLoad(key);
        Assert.True(lookup.IsCorrupt);
        Assert.Contains("JSON", lookup.CorruptReason, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyEntryIsCorrupt()
    {
        using var dir = new TempDirectory();
        var (store, key) = StoreWithOneEntry(dir);
        File.WriteAllBytes(store.PathFor(key), []);
        Assert.Equal(LookupStatus.Corrupt, store.TryLoad(key).Status);
    }

    [Fact]
    public void BitFlipInTheResultIsCorrupt()
    {
        using var dir = new TempDirectory();
        var (store, key) = StoreWithOneEntry(dir);
        byte[] bytes = File.ReadAllBytes(store.PathFor(key));
        int digit = Encoding.ASCII.GetString(bytes).IndexOf("\"series\":[1", StringComparison.Ordinal) + "\"series\":[".Length;
        bytes[digit] ^= 0x01; // '1' -> '0': still valid JSON, different content
        File.WriteAllBytes(store.PathFor(key), bytes);

        StoreLookup lookup = store.TryLoad(key);
        Assert.True(lookup.IsCorrupt);
        Assert.Contains("sha256 mismatch", lookup.CorruptReason, StringComparison.Ordinal);
    }

    [Fact]
    public void SwappedEntryIsCorrupt()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        var a = Sample(1);
        var b = Sample(2);
        store.Save(a.Key, a.Unit, a.Result);
        store.Save(b.Key, b.Unit, b.Result);
        File.Copy(store.PathFor(b.Key), store.PathFor(a.Key), overwrite: true);

        StoreLookup lookup = store.TryLoad(a.Key);
        Assert.True(lookup.IsCorrupt);
        Assert.Contains("swapped", lookup.CorruptReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReformattedEntryIsCorrupt()
    {
        using var dir = new TempDirectory();
        var (store, key) = StoreWithOneEntry(dir);
        JsonNode node = CanonicalJson.Parse(File.ReadAllBytes(store.PathFor(key)))!;
        File.WriteAllBytes(store.PathFor(key), CanonicalJson.ToFileBytes(node, indented: true));

        StoreLookup lookup = store.TryLoad(key);
        Assert.True(lookup.IsCorrupt);
        Assert.Contains("canonical", lookup.CorruptReason, StringComparison.Ordinal);
    }

    [Fact]
    public void SavingOverACorruptEntryRepairsIt()
    {
        using var dir = new TempDirectory();
        var (store, key) = StoreWithOneEntry(dir);
        File.WriteAllText(store.PathFor(key), "garbage");
        var (_, unit, result) = Sample(7);

        store.Save(key, unit, result);

        Assert.True(store.TryLoad(key).IsFound);
    }

    [Fact]
    public void ConcurrentSavesOfOneKeyLeaveOneValidEntry()
    {
        using var dir = new TempDirectory();
        const int Writers = 8;
        for (int round = 0; round < 10; round++)
        {
            var (key, unit, result) = Sample(100 + round);
            using var barrier = new Barrier(Writers);
            var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            Thread[] writers = [.. Enumerable.Range(0, Writers).Select(_ => new Thread(() =>
            {
                try
                {
                    var store = new ResultStore(dir.Path); // one store object per writer, as in separate processes
                    barrier.SignalAndWait();
                    store.Save(key, unit.DeepClone(), result.DeepClone());
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            }))];
            Array.ForEach(writers, t => t.Start());
            Array.ForEach(writers, t => t.Join());

            Assert.Empty(failures);

            Assert.True(new ResultStore(dir.Path).TryLoad(key).IsFound);
        }
        Assert.Equal(10, new ResultStore(dir.Path).Keys().Count);
        Assert.DoesNotContain(dir.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void KeysIgnoreForeignAndTempFiles()
    {
        using var dir = new TempDirectory();
        var (store, key) = StoreWithOneEntry(dir);
        File.WriteAllText(Path.Combine(dir.Path, key[..2], $".{key}.json.host.1.0123456789abcdef.tmp"), "x");
        File.WriteAllText(Path.Combine(dir.Path, key[..2], "notes.json"), "x");
        Directory.CreateDirectory(Path.Combine(dir.Path, "zz"));
        File.WriteAllText(Path.Combine(dir.Path, "zz", key + ".json"), "x"); // wrong prefix directory

        Assert.Equal([key], store.Keys());
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    public void MalformedKeysAreRejected(string key)
    {
        var store = new ResultStore(Path.GetTempPath());
        Assert.Throws<ArgumentException>(() => store.PathFor(key));
    }

    private static (ResultStore Store, string Key) StoreWithOneEntry(TempDirectory dir)
    {
        var store = new ResultStore(dir.Path);
        var (key, unit, result) = Sample(1);
        store.Save(key, unit, result);
        return (store, key);
    }
}
