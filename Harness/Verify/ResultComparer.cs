using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Verify;

/// <summary>
/// Compares a recorded result with a fresh one: bitwise (equal canonical bytes) or number by number
/// within a relative tolerance (for another platform's libm or CPU). Structure, strings, booleans
/// and nulls must always agree. Returns null when they match, else where and how they differ.
/// </summary>
internal static class ResultComparer
{
    public static string? Difference(JsonNode? expected, JsonNode? actual, ComparisonMode mode)
    {
        if (mode.RelativeTolerance is null && CanonicalJson.Equal(expected, actual)) return null;
        return Walk(expected, actual, "$", mode.RelativeTolerance ?? 0);
    }

    private static string? Walk(JsonNode? expected, JsonNode? actual, string path, double tolerance)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (string name in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (!e.ContainsKey(name) || !a.ContainsKey(name)) return $"{path}.{name}: present in only one";
                    if (Walk(e[name], a[name], $"{path}.{name}", tolerance) is string found) return found;
                }
                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) return $"{path}: {e.Count} items vs {a.Count}";
                for (int i = 0; i < e.Count; i++)
                    if (Walk(e[i], a[i], $"{path}[{i}]", tolerance) is string found) return found;
                return null;
            case (JsonValue e, JsonValue a) when IsNumber(e) && IsNumber(a):
                double x = CanonicalJson.ReadDouble(e), y = CanonicalJson.ReadDouble(a);
                return Close(x, y, tolerance) ? null : string.Create(CultureInfo.InvariantCulture, $"{path}: {x:R} vs {y:R}");
            default:
                string left = CanonicalJson.Serialize(expected), right = CanonicalJson.Serialize(actual);
                return left == right ? null : $"{path}: {Shorten(left)} vs {Shorten(right)}";
        }
    }

    /// <summary>Numbers, and the strings canonical JSON writes for NaN and ±∞.</summary>
    private static bool IsNumber(JsonValue value)
        => value.GetValueKind() == JsonValueKind.Number
           || (value.TryGetValue(out string? s) && s is "NaN" or "Infinity" or "-Infinity");

    private static bool Close(double x, double y, double tolerance)
    {
        if (x.Equals(y)) return true; // also NaN = NaN and equal infinities
        if (!double.IsFinite(x) || !double.IsFinite(y)) return false;
        return Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
