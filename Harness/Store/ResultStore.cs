using System.Text.Json.Nodes;

namespace Repro.Harness.Store;

/// <summary>
/// Content-addressed result store: one file per unit key at <c>&lt;root&gt;/&lt;key[0..2]&gt;/&lt;key&gt;.json</c>.
/// Entries are immutable facts (a result is a pure function of its key), so writes are atomic
/// and idempotent, concurrent writers of one key are harmless, and stores from shards merge by
/// copying files.
/// </summary>
public sealed class ResultStore
{
    /// <summary>A store rooted at <paramref name="root"/> (created lazily on the first save).</summary>
    public ResultStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>Absolute path of the store directory.</summary>
    public string Root { get; }

    /// <summary>The entry file of <paramref name="key"/> (64 lowercase hex digits; anything else is rejected so a key can never escape the root).</summary>
    public string PathFor(string key)
    {
        if (!ContentHash.IsSha256Hex(key))
            throw new ArgumentException($"a store key is 64 lowercase hex digits, got '{key}'", nameof(key));
        return Path.Combine(Root, key[..2], key + ".json");
    }

    /// <summary>Loads and verifies the entry of <paramref name="key"/>; never throws for bad file contents.</summary>
    public StoreLookup TryLoad(string key)
    {
        string path = PathFor(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return StoreLookup.Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StoreLookup.Corrupt($"unreadable: {e.Message}");
        }
        return StoreEntryCodec.Decode(key, bytes);
    }

    /// <summary>
    /// Writes the entry atomically. Idempotent: an identical entry already on disk is left alone
    /// (no write, unchanged timestamps); anything else there (e.g. a corrupt entry) is replaced.
    /// </summary>
    public void Save(string key, JsonNode unit, JsonNode result)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(result);
        string path = PathFor(key);
        byte[] bytes = StoreEntryCodec.Encode(key, unit, result);
        if (HasBytes(path, bytes)) return;
        AtomicFile.WriteAllBytes(path, bytes);
    }

    /// <summary>Keys of all entry files (valid or not), sorted ordinally; temp and foreign files are ignored.</summary>
    public IReadOnlyList<string> Keys()
    {
        var keys = new List<string>();
        if (!Directory.Exists(Root)) return keys;
        foreach (string directory in Directory.EnumerateDirectories(Root))
        {
            string prefix = Path.GetFileName(directory);
            if (prefix.Length != 2) continue;
            foreach (string file in Directory.EnumerateFiles(directory, "*.json"))
            {
                string name = Path.GetFileNameWithoutExtension(file);
                if (ContentHash.IsSha256Hex(name) && name.StartsWith(prefix, StringComparison.Ordinal))
                    keys.Add(name);
            }
        }
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    /// <summary>Removes temp files of crashed writers (see <see cref="AtomicFile.SweepStaleTempFiles"/>).</summary>
    public int SweepStaleTempFiles(TimeSpan olderThan) => AtomicFile.SweepStaleTempFiles(Root, olderThan);

    private static bool HasBytes(string path, byte[] expected)
    {
        try
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
