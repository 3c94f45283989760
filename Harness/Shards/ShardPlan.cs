using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Shards;

/// <summary>
/// A deterministic partition of a plan into N shards, balanced by estimated cost. The unit of
/// partition is the chain (<see cref="ClaimTest.ChainOf"/>): a search's probes stay together,
/// so each shard follows its own searches through every round without the other shards' results.
/// The partition depends only on the plan (claims, scope) and N — every machine computes the same one.
/// </summary>
internal sealed class ShardPlan
{
    private readonly Dictionary<string, int> owner;

    private readonly ExperimentScope scope;

    private ShardPlan(ShardSpec shard, ExperimentScope scope, Dictionary<string, int> owner, double[] loads, int[] chains)
    {
        Shard = shard;
        this.scope = scope;
        this.owner = owner;
        Loads = loads;
        ChainCounts = chains;
    }

    public ShardSpec Shard { get; }

    /// <summary>Estimated single-core seconds per shard (index 0 = shard 1/N).</summary>
    public IReadOnlyList<double> Loads { get; }

    /// <summary>Chains per shard (index 0 = shard 1/N).</summary>
    public IReadOnlyList<int> ChainCounts { get; }

    /// <summary>
    /// The chains are those of the first round (every search starts with a probe), assigned largest
    /// cost first (ties by id) to the least-loaded shard (ties to the lowest index): greedy LPT.
    /// </summary>
    public static ShardPlan Build(IReadOnlyList<ClaimTest> claims, ExperimentScope scope, ShardSpec shard)
    {
        var costs = new Dictionary<string, double>(StringComparer.Ordinal);
        var nothingYet = new ResultBook();
        foreach (ClaimTest claim in claims)
            foreach (IUnit unit in claim.Pending(scope, nothingYet))
            {
                UnitChain chain = UnitJson.ChainOf(claim, scope, unit);
                costs.TryAdd(chain.Id, chain.EstimatedCost);
            }

        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var loads = new double[shard.Count];
        var counts = new int[shard.Count];
        foreach ((string id, double cost) in costs.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            int lightest = 0;
            for (int s = 1; s < loads.Length; s++)
                if (loads[s] < loads[lightest]) lightest = s;
            owner[id] = lightest;
            loads[lightest] += cost;
            counts[lightest]++;
        }
        return new ShardPlan(shard, scope, owner, loads, counts);
    }

    /// <summary>True when <paramref name="unit"/>, pending for <paramref name="claim"/>, belongs to this shard.</summary>
    public bool Includes(ClaimTest claim, IUnit unit) => OwnerOf(UnitJson.ChainOf(claim, scope, unit).Id) == Shard.Index - 1;

    /// <summary>
    /// A chain first seen after round one (no claim does this today) still gets a fixed owner — by
    /// the hash of its id — so the shards together still cover it exactly once.
    /// </summary>
    private int OwnerOf(string chainId)
        => owner.TryGetValue(chainId, out int shard)
            ? shard
            : (int)(Convert.ToUInt32(ContentHash.Sha256Hex(chainId)[..8], 16) % (uint)Shard.Count);
}
