using System.Text.Json;
using System.Text.Json.Nodes;
using Repro.Harness.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Experiments;

/// <summary>A unit's canonical JSON (by its runtime type, so every field is in it) and its store key.</summary>
internal static class UnitJson
{
    public static JsonNode Of(IUnit unit)
        => JsonSerializer.SerializeToNode(unit, unit.GetType(), CanonicalJson.SerializerOptions)
           ?? throw new InvalidOperationException("a unit serialized to null");

    public static string KeyOf(IUnit unit) => UnitKey.Compute(Of(unit));
}
