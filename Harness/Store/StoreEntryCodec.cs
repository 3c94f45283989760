using System.Text.Json;
using System.Text.Json.Nodes;

namespace Repro.Harness.Store;

/// <summary>
/// The entry file format: compact canonical JSON
/// <c>{"key":…,"result":…,"sha256":…,"unit":…}</c> plus '\n', where sha256 is the hex SHA-256 of
/// the compact canonical <c>{"key","result","unit"}</c>. Decoding re-derives everything, so a
/// truncated, bit-flipped, hand-edited or swapped file is reported instead of trusted.
/// </summary>
internal static class StoreEntryCodec
{
    private const string KeyField = "key";
    private const string UnitField = "unit";
    private const string ResultField = "result";
    private const string HashField = "sha256";

    /// <summary>The exact bytes of the entry file for this key, unit and result.</summary>
    public static byte[] Encode(string key, JsonNode unit, JsonNode result)
    {
        var body = new JsonObject
        {
            [KeyField] = key,
            [UnitField] = unit.DeepClone(),
            [ResultField] = result.DeepClone(),
        };
        body[HashField] = ContentHash.Sha256Hex(CanonicalJson.ToUtf8Bytes(body));
        return CanonicalJson.ToFileBytes(body, indented: false);
    }

    /// <summary>Verifies <paramref name="bytes"/> as the entry of <paramref name="expectedKey"/>.</summary>
    public static StoreLookup Decode(string expectedKey, byte[] bytes)
    {
        try
        {
            if (CanonicalJson.Parse(bytes) is not JsonObject root)
                return StoreLookup.Corrupt("not a JSON object");
            if (root.Count != 4)
                return StoreLookup.Corrupt($"expected exactly the fields key, result, sha256, unit; found {string.Join(", ", root.Select(p => p.Key))}");
            if (!TryGetString(root, KeyField, out string? key))
                return StoreLookup.Corrupt("missing or non-string field 'key'");
            if (!TryGetString(root, HashField, out string? recordedHash))
                return StoreLookup.Corrupt("missing or non-string field 'sha256'");
            if (root[UnitField] is not JsonNode unit)
                return StoreLookup.Corrupt("missing or null field 'unit'");
            if (root[ResultField] is not JsonNode result)
                return StoreLookup.Corrupt("missing or null field 'result'");
            if (key != expectedKey)
                return StoreLookup.Corrupt($"entry holds key {key}, not {expectedKey} (misplaced or swapped file)");

            root.Remove(HashField);
            string actualHash = ContentHash.Sha256Hex(CanonicalJson.ToUtf8Bytes(root));
            if (actualHash != recordedHash)
                return StoreLookup.Corrupt($"sha256 mismatch: content hashes to {actualHash}, entry records {recordedHash}");
            root[HashField] = recordedHash;
            if (!bytes.AsSpan().SequenceEqual(CanonicalJson.ToFileBytes(root, indented: false)))
                return StoreLookup.Corrupt("not in canonical form (edited by hand or written by another tool)");

            root.Remove(UnitField);
            root.Remove(ResultField);
            return StoreLookup.Found(new StoreEntry(key, unit, result, recordedHash));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return StoreLookup.Corrupt($"not valid JSON: {e.Message}");
        }
    }

    private static bool TryGetString(JsonObject root, string field, out string? value)
    {
        value = null;
        return root[field] is JsonValue node && node.GetValueKind() == JsonValueKind.String && node.TryGetValue(out value);
    }
}
