using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Repro.Harness.Store;

/// <summary>
/// Canonical JSON: one byte sequence per JSON value, so that hashes (unit keys, store entries,
/// the manifest) and result files are reproducible across runs, machines and thread counts.
/// </summary>
/// <remarks>
/// Rules: object keys sorted ordinally (UTF-16 code units) at every depth; strings escape only
/// '"', '\\' and control characters; integers that fit 64 bits as integers; every other number as
/// the shortest round-trip ("R") double text, invariant culture, so -0.0 stays "-0"; NaN and
/// ±Infinity as the strings "NaN", "Infinity", "-Infinity" (read back by <see cref="ReadDouble"/>
/// and by <see cref="SerializerOptions"/>); UTF-8 without BOM. Compact form for hashing,
/// indented form (two spaces, '\n', arrays of scalars on one line) for files people read.
/// Canonicalising is idempotent: parse(canonical(x)) canonicalises to the same bytes.
/// </remarks>
public static class CanonicalJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// The fixed serializer options for records ↔ JSON: camelCase properties, enums as camelCase
    /// names, NaN/±Infinity as named literals. Fixed here so a unit's JSON (and so its key) never
    /// depends on a caller's settings.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    /// <summary>Compact canonical text (no whitespace, no trailing newline).</summary>
    public static string Serialize(JsonNode? node) => CanonicalJsonWriter.Write(node, indented: false);

    /// <summary>Stable indented canonical text for human-facing files (no trailing newline).</summary>
    public static string SerializeIndented(JsonNode? node) => CanonicalJsonWriter.Write(node, indented: true);

    /// <summary>Compact canonical UTF-8 bytes: the form that is hashed.</summary>
    public static byte[] ToUtf8Bytes(JsonNode? node) => Utf8.GetBytes(Serialize(node));

    /// <summary>Canonical UTF-8 bytes of a file: indented (default) or compact, plus a trailing '\n'.</summary>
    public static byte[] ToFileBytes(JsonNode? node, bool indented = true)
        => Utf8.GetBytes((indented ? SerializeIndented(node) : Serialize(node)) + "\n");

    /// <summary>Parses UTF-8 JSON strictly (no comments, no trailing commas, no duplicate keys).</summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8) => JsonNode.Parse(utf8, documentOptions: DocumentOptions);

    /// <summary>Parses JSON text strictly (no comments, no trailing commas, no duplicate keys).</summary>
    public static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: DocumentOptions);

    /// <summary>
    /// A detached copy of <paramref name="node"/> exactly as it would be read back from a canonical
    /// file — so freshly computed and stored results look the same to the code that consumes them.
    /// </summary>
    public static JsonNode? Normalize(JsonNode? node) => Parse(ToUtf8Bytes(node));

    /// <summary>True when both trees have the same canonical text (key order and number spelling ignored).</summary>
    public static bool Equal(JsonNode? a, JsonNode? b) => string.Equals(Serialize(a), Serialize(b), StringComparison.Ordinal);

    /// <summary>Any object (typically a record) as a JSON tree, using <see cref="SerializerOptions"/>.</summary>
    public static JsonNode ToNode<T>(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.SerializeToNode(value, SerializerOptions)
            ?? throw new ArgumentException($"{typeof(T).Name} serialised to JSON null", nameof(value));
    }

    /// <summary>A JSON tree as <typeparamref name="T"/>, using <see cref="SerializerOptions"/>.</summary>
    public static T FromNode<T>(JsonNode? node)
        => node.Deserialize<T>(SerializerOptions)
            ?? throw new JsonException($"expected a {typeof(T).Name}, found JSON null");

    /// <summary>Reads a double, accepting the strings "NaN", "Infinity" and "-Infinity" that canonical JSON writes for them.</summary>
    public static double ReadDouble(JsonNode? node)
    {
        if (node is not JsonValue value)
            throw new FormatException($"expected a number, found {(node is null ? "null" : node.GetValueKind().ToString())}");
        if (value.TryGetValue(out double d)) return d;
        if (value.TryGetValue(out string? s))
        {
            return s switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                _ => throw new FormatException($"expected a number, found the string \"{s}\""),
            };
        }
        return value.GetValueKind() == JsonValueKind.Number
            ? Normalize(value)!.GetValue<double>()
            : throw new FormatException($"expected a number, found {value.GetValueKind()}");
    }

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            WriteIndented = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
