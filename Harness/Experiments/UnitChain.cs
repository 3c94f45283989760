using Repro.Harness.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Experiments;

/// <summary>
/// The smallest piece of a plan that can run on its own: one unit, or every probe of one adaptive
/// search (later probes depend on earlier results, so a search cannot be split across shards).
/// </summary>
/// <param name="Id">Stable name of the chain, independent of the build (no Theory MVID in it).</param>
/// <param name="EstimatedCost">Estimated single-core seconds of the whole chain (all its probes).</param>
internal sealed record UnitChain(string Id, double EstimatedCost)
{
    /// <summary>A unit that depends on nothing: a chain of its own, named by the hash of its canonical JSON.</summary>
    public static UnitChain Of(IUnit unit)
        => new("unit " + ContentHash.Sha256Hex(CanonicalJson.Serialize(UnitJson.Of(unit))), unit.EstimatedCost());
}
