using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Repro.Harness.Store;

/// <summary>
/// Renders a JSON tree as canonical text: keys sorted ordinally, fixed escaping, numbers as
/// integers or shortest round-trip doubles. Written by hand (not Utf8JsonWriter) so that the
/// bytes depend on nothing but the tree — no encoder settings, no runtime formatting defaults.
/// </summary>
internal sealed class CanonicalJsonWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly StringBuilder text = new();
    private readonly bool indented;

    private CanonicalJsonWriter(bool indented) => this.indented = indented;

    /// <summary>Compact (no whitespace) or indented (two spaces, '\n', scalar arrays inline) text of <paramref name="node"/>.</summary>
    public static string Write(JsonNode? node, bool indented)
    {
        var writer = new CanonicalJsonWriter(indented);
        writer.WriteNode(node, 0);
        return writer.text.ToString();
    }

    private void WriteNode(JsonNode? node, int depth)
    {
        switch (node)
        {
            case null: text.Append("null"); break;
            case JsonObject obj: WriteObject(obj.Select(p => (p.Key, Value: (object?)p.Value)).ToList(), depth); break;
            case JsonArray array: WriteArray(array.Select(item => (object?)item).ToList(), depth); break;
            case JsonValue value: WriteValue(value, depth); break;
            default: throw new ArgumentException($"unsupported JSON node type {node.GetType().Name}");
        }
    }

    /// <summary>Members are JsonNode or JsonElement so that element-backed values (parsed text) need no conversion.</summary>
    private void WriteObject(List<(string Key, object? Value)> members, int depth)
    {
        if (members.Count == 0) { text.Append("{}"); return; }
        members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        text.Append('{');
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0 && members[i].Key == members[i - 1].Key)
                throw new ArgumentException($"duplicate object key \"{members[i].Key}\"");
            if (i > 0) text.Append(',');
            NewLine(depth + 1);
            WriteString(members[i].Key);
            text.Append(indented ? ": " : ":");
            WriteMember(members[i].Value, depth + 1);
        }
        NewLine(depth);
        text.Append('}');
    }

    private void WriteArray(List<object?> items, int depth)
    {
        if (items.Count == 0) { text.Append("[]"); return; }
        bool inline = !indented || items.TrueForAll(IsScalar);
        text.Append('[');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) text.Append(indented && inline ? ", " : ",");
            if (!inline) NewLine(depth + 1);
            WriteMember(items[i], depth + 1);
        }
        if (!inline) NewLine(depth);
        text.Append(']');
    }

    private void WriteMember(object? member, int depth)
    {
        if (member is JsonElement element) WriteElement(element, depth);
        else WriteNode((JsonNode?)member, depth);
    }

    private static bool IsScalar(object? member) => member switch
    {
        null => true,
        JsonElement e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array),
        JsonValue v => v.GetValueKind() is not (JsonValueKind.Object or JsonValueKind.Array),
        _ => false,
    };

    private void WriteValue(JsonValue value, int depth)
    {
        if (value.TryGetValue(out JsonElement element)) WriteElement(element, depth);
        else if (value.TryGetValue(out double d)) WriteDouble(d);
        else if (value.TryGetValue(out float f)) WriteDouble(double.Parse(f.ToString("R", Invariant), Invariant));
        else if (value.TryGetValue(out string? s)) WriteString(s);
        else if (value.TryGetValue(out bool b)) text.Append(b ? "true" : "false");
        else if (value.TryGetValue(out long l)) text.Append(l.ToString(Invariant));
        else if (value.TryGetValue(out int n)) text.Append(n.ToString(Invariant));
        else
        {
            // Anything else (decimal, other integer widths, char, DateTime, …) goes through its JSON
            // text, so it is canonicalised exactly like the same value read back from a file.
            using var doc = JsonDocument.Parse(value.ToJsonString(CanonicalJson.SerializerOptions));
            WriteElement(doc.RootElement.Clone(), depth);
        }
    }

    private void WriteElement(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element.EnumerateObject().Select(p => (p.Name, Value: (object?)p.Value)).ToList(), depth);
                break;
            case JsonValueKind.Array:
                WriteArray(element.EnumerateArray().Select(item => (object?)item).ToList(), depth);
                break;
            case JsonValueKind.String: WriteString(element.GetString()!); break;
            case JsonValueKind.Number: WriteNumberText(element.GetRawText()); break;
            case JsonValueKind.True: text.Append("true"); break;
            case JsonValueKind.False: text.Append("false"); break;
            case JsonValueKind.Null: text.Append("null"); break;
            default: throw new ArgumentException($"unsupported JSON value kind {element.ValueKind}");
        }
    }

    /// <summary>
    /// Integer text (no '.', no exponent) that fits 64 bits stays an integer; everything else —
    /// including "-0", which as an integer would lose its sign — is a double in "R" form. The rule
    /// is idempotent: the "R" text of an integral double parses back to the same digits.
    /// </summary>
    private void WriteNumberText(string raw)
    {
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && raw != "-0")
        {
            if (long.TryParse(raw, NumberStyles.AllowLeadingSign, Invariant, out long l)) { text.Append(l.ToString(Invariant)); return; }
            if (ulong.TryParse(raw, NumberStyles.None, Invariant, out ulong u)) { text.Append(u.ToString(Invariant)); return; }
        }
        WriteDouble(double.Parse(raw, NumberStyles.Float, Invariant));
    }

    private void WriteDouble(double d)
    {
        if (double.IsNaN(d)) WriteString("NaN");
        else if (double.IsPositiveInfinity(d)) WriteString("Infinity");
        else if (double.IsNegativeInfinity(d)) WriteString("-Infinity");
        else text.Append(d.ToString("R", Invariant));
    }

    /// <summary>Escapes only what JSON requires ('"', '\\', controls); everything else is literal UTF-8.</summary>
    private void WriteString(string s)
    {
        text.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20) text.Append("\\u").Append(((int)c).ToString("x4", Invariant));
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) text.Append(c).Append(s[++i]);
                    else if (char.IsSurrogate(c)) throw new ArgumentException($"string contains an unpaired surrogate at index {i}");
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }

    private void NewLine(int depth)
    {
        if (indented) text.Append('\n').Append(' ', 2 * depth);
    }
}
