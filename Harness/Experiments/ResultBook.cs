using Repro.Theory.Experiments;
using System.Text.Json.Nodes;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Experiments;

/// <summary>The results gathered so far in a run, looked up by unit.</summary>
internal sealed class ResultBook : IResultSource
{
    private readonly Dictionary<string, JsonNode> results = new(StringComparer.Ordinal);
    private readonly Dictionary<IUnit, string> keys = new();

    public int Count => results.Count;

    public string KeyOf(IUnit unit)
    {
        if (!keys.TryGetValue(unit, out string? key)) keys[unit] = key = UnitJson.KeyOf(unit);
        return key;
    }

    public bool Has(IUnit unit) => results.ContainsKey(KeyOf(unit));

    public void Add(string key, JsonNode result) => results[key] = result;

    /// <summary>The raw result stored under <paramref name="key"/>, or null.</summary>
    public JsonNode? TryGetNode(string key) => results.GetValueOrDefault(key);

    public bool TryGet<TOutcome>(IUnit unit, out TOutcome outcome) where TOutcome : class
    {
        if (results.TryGetValue(KeyOf(unit), out JsonNode? node))
        {
            outcome = CanonicalJson.FromNode<TOutcome>(node);
            return true;
        }
        outcome = null!;
        return false;
    }

    /// <summary>The outcome, or an exception naming the unit (this method implements the interface's Get, so it must not call it: that recursed forever).</summary>
    public TOutcome Get<TOutcome>(IUnit unit) where TOutcome : class
        => TryGet(unit, out TOutcome outcome) ? outcome : throw new InvalidOperationException($"no result for {unit.Label()}");
}
