using Repro.Harness.Store;

namespace Repro.Harness.Shards;

/// <summary>
/// Unions result stores into one. Every entry is verified (key, hash, canonical form) before
/// anything is written; a corrupt entry is bad input (exit 2) and two stores holding different
/// bytes under one key is a conflict (exit 1). Only then are entries copied, each atomically, so
/// a refused merge writes nothing and an interrupted one leaves only whole entries.
/// </summary>
internal static class StoreMerger
{
    public static MergeOutcome Merge(IReadOnlyList<string> sourceRoots, string destinationRoot)
    {
        var destination = new ResultStore(destinationRoot);
        var chosen = new SortedDictionary<string, (byte[] Bytes, string From)>(StringComparer.Ordinal);
        foreach (string root in sourceRoots)
        {
            var source = new ResultStore(root);
            if (source.Root == destination.Root) continue; // merging a folder into itself adds nothing
            foreach (string key in source.Keys())
            {
                byte[] bytes = ReadVerified(source, key);
                if (!chosen.TryGetValue(key, out var existing)) chosen[key] = (bytes, source.Root);
                else if (!existing.Bytes.AsSpan().SequenceEqual(bytes)) throw new StoreConflictException(key, existing.From, source.Root);
            }
        }

        var toWrite = new List<(string Key, byte[] Bytes)>();
        int present = 0;
        foreach ((string key, (byte[] bytes, string from)) in chosen)
        {
            StoreLookup there = destination.TryLoad(key);
            if (!there.IsFound) toWrite.Add((key, bytes)); // missing, or corrupt: replaced by the verified copy
            else if (File.ReadAllBytes(destination.PathFor(key)).AsSpan().SequenceEqual(bytes)) present++;
            else throw new StoreConflictException(key, from, destination.Root);
        }
        foreach ((string key, byte[] bytes) in toWrite) AtomicFile.WriteAllBytes(destination.PathFor(key), bytes);
        return new MergeOutcome(chosen.Count, toWrite.Count, present);
    }

    private static byte[] ReadVerified(ResultStore store, string key)
    {
        StoreLookup lookup = store.TryLoad(key);
        if (lookup.IsCorrupt) throw new UsageException(store.PathFor(key), $"corrupt store entry ({lookup.CorruptReason}); remove it or re-run that shard");
        // Read after verifying: a store being written concurrently is not supported, so the bytes are the verified ones.
        return File.ReadAllBytes(store.PathFor(key));
    }
}
