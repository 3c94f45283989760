using System.Text.Json.Nodes;
using Repro.Harness.Execution;
using Repro.Harness.Store;

namespace Repro.Harness.Tests;

/// <summary>Cheap, pure test units: the result is a deterministic function of the unit's index.</summary>
internal static class SquareUnits
{
    public static readonly Guid Mvid = new("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    /// <summary>Unit i with cost 1 + i mod 3; <paramref name="onExecute"/> runs before the (cancellable) computation.</summary>
    public static WorkItem Item(int i, Action<int, CancellationToken>? onExecute = null, string? label = null)
    {
        var unit = new JsonObject { ["kind"] = "square", ["i"] = i };
        return new WorkItem(UnitKey.Compute(unit, Mvid), unit, label ?? $"square i={i}", 1 + i % 3, ct =>
        {
            onExecute?.Invoke(i, ct);
            ct.ThrowIfCancellationRequested();
            return Result(i);
        }, outcome => (JsonNode)outcome);
    }

    public static List<WorkItem> Items(int count, Action<int, CancellationToken>? onExecute = null)
        => [.. Enumerable.Range(0, count).Select(i => Item(i, onExecute))];

    private static JsonNode Result(int i) => new JsonObject
    {
        ["square"] = i * i,
        ["root"] = Math.Sqrt(i),
        ["tenth"] = i / 10.0,
        ["series"] = new JsonArray([.. Enumerable.Range(0, 5).Select(k => (JsonNode?)JsonValue.Create(1.0 / (i + k + 1)))]),
    };

    /// <summary>Canonical text of a whole result dictionary, for byte-for-byte comparisons.</summary>
    public static string Canonical(IReadOnlyDictionary<string, JsonNode> results)
    {
        var all = new JsonObject();
        foreach (var (key, value) in results) all[key] = value.DeepClone();
        return CanonicalJson.Serialize(all);
    }
}
