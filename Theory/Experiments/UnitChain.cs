using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>
/// The smallest piece of a plan that can run on its own: one unit, or every probe of one adaptive
/// search (later probes depend on earlier results, so a search cannot be split across shards).
/// </summary>
/// <param name="Id">Stable name of the chain, independent of the build (no Theory MVID in it).</param>
/// <param name="EstimatedCost">Estimated single-core seconds of the whole chain (all its probes).</param>
public sealed record UnitChain(string Id, double EstimatedCost);
