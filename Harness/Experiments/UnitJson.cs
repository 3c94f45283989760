using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using System.Text.Json;
using System.Text.Json.Nodes;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Experiments;

/// <summary>A unit's canonical JSON (by its runtime type, so every field is in it) and its store key.</summary>
internal static class UnitJson
{
    public static JsonNode Of(IUnit unit)
        => JsonSerializer.SerializeToNode(unit, unit.GetType(), CanonicalJson.SerializerOptions)
           ?? throw new InvalidOperationException("a unit serialized to null");

    public static string KeyOf(IUnit unit) => UnitKey.Compute(Of(unit));

    /// <summary>The scheduler's work item for <paramref name="unit"/> stored under <paramref name="key"/>: its outcome record becomes canonical JSON.</summary>
    public static Execution.WorkItem WorkItemOf(IUnit unit, string key)
        => new(key, Of(unit), unit.Label(), unit.EstimatedCost(), unit.Execute, CanonicalJson.ToNode);

    /// <summary>The shard chain of <paramref name="unit"/> for <paramref name="claim"/>: its search, or, for a unit that depends on nothing, a chain of its own named by the hash of its canonical JSON.</summary>
    public static UnitChain ChainOf(ClaimTest claim, ExperimentScope scope, IUnit unit)
        => claim.ChainOf(scope, unit) ?? new UnitChain("unit " + ContentHash.Sha256Hex(CanonicalJson.Serialize(Of(unit))), unit.EstimatedCost());
}
