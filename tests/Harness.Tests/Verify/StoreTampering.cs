using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Repro.Harness.Store;

namespace Repro.Harness.Tests.Verify;

/// <summary>Alters a stored result the way a careless (or dishonest) edit would: valid JSON, valid hash, different number.</summary>
internal static partial class StoreTampering
{
    /// <summary>The key of the first stored training result, in key order.</summary>
    public static string FirstTrainingKey(string folder)
    {
        var store = new ResultStore(Path.Combine(folder, "store"));
        return store.Keys().First(key => store.TryLoad(key).Entry!.Unit["kind"]!.GetValue<string>() == "train");
    }

    /// <summary>
    /// Rewrites the entry of <paramref name="key"/> with the last digit of the integer <paramref name="field"/> changed.
    /// </summary>
    public static void ChangeLastDigit(string folder, string key, string field)
    {
        var store = new ResultStore(Path.Combine(folder, "store"));
        StoreEntry entry = store.TryLoad(key).Entry!;
        string text = CanonicalJson.Serialize(entry.Result);
        Match number = Regex.Match(text, $"\"{field}\":(-?[0-9.eE+-]+)");
        Assert.True(number.Success, $"no numeric field {field} in {text}");
        Group value = number.Groups[1];
        int last = value.Index + value.Value.TrimEnd('e', 'E', '+', '-').Length - 1;
        char digit = text[last] == '9' ? '8' : (char)(text[last] + 1);
        Rewrite(store, key, entry, CanonicalJson.Parse(text[..last] + digit + text[(last + 1)..])!);
    }

    /// <summary>Multiplies the number <paramref name="field"/> by (1 + <paramref name="relative"/>): a change in the last digits that is surely a different double.</summary>
    public static void Nudge(string folder, string key, string field, double relative)
    {
        var store = new ResultStore(Path.Combine(folder, "store"));
        StoreEntry entry = store.TryLoad(key).Entry!;
        JsonNode result = entry.Result.DeepClone();
        double before = CanonicalJson.ReadDouble(result[field]);
        result[field] = before * (1 + relative);
        Assert.NotEqual(before, CanonicalJson.ReadDouble(result[field]));
        Rewrite(store, key, entry, result);
    }

    /// <summary>Re-encodes the entry so its content hash is right and it is not merely "corrupt".</summary>
    private static void Rewrite(ResultStore store, string key, StoreEntry entry, JsonNode result)
    {
        File.WriteAllBytes(store.PathFor(key), StoreEntryCodec.Encode(key, entry.Unit, result));
        Assert.True(store.TryLoad(key).IsFound, "the tampered entry must still verify as an entry");
    }
}
