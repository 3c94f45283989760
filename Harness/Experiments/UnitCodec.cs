using Repro.Theory.Experiments.Units;
using System.Text.Json;
using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Experiments;

/// <summary>
/// Rebuilds a unit from the JSON a store entry keeps beside its result (its "kind" says which
/// record), so `verify` can re-run any stored unit without the plan that produced it.
/// </summary>
internal static class UnitCodec
{
    /// <summary>The unit, or a FormatException when the kind is unknown or the JSON does not describe it exactly.</summary>
    public static IUnit FromJson(JsonNode json)
    {
        string? kind = (json as JsonObject)?["kind"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        IUnit unit;
        try
        {
            unit = kind switch
            {
                "train" => CanonicalJson.FromNode<TrainingUnit>(json),
                "initial-output" => CanonicalJson.FromNode<InitialOutputUnit>(json),
                "random-feature-sweep" => CanonicalJson.FromNode<RandomFeatureSweepUnit>(json),
                "comparator" => CanonicalJson.FromNode<ComparatorUnit>(json),
                "curvature" => CanonicalJson.FromNode<CurvatureUnit>(json),
                _ => throw new FormatException($"unknown unit kind '{kind ?? "(none)"}'"),
            };
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a valid '{kind}' unit: {e.Message}", e);
        }
        // A field this build does not know (or lacks) would silently change the unit: refuse instead.
        if (!CanonicalJson.Equal(UnitJson.Of(unit), json))
            throw new FormatException($"the '{kind}' unit JSON does not round-trip through this build's record (written by another version?)");
        return unit;
    }
}
