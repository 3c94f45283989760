using Repro.Harness.Experiments;
using Repro.Harness.Shards;
using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Cli;

/// <summary>
/// The expected single-core seconds of one shard of a plan, the number `run --shard` is measured against: the units
/// `run --shard` would execute (each distinct unit once, as the shard plan counts them), training runs forecast by
/// <see cref="TwinSteps"/>; a claim planned in rounds (C3) has no units to forecast before its first round ran and is
/// charged its chains' estimate.
/// </summary>
internal static class ShardForecast
{
    /// <summary>(upper bound from the shard plan, expected from the twins).</summary>
    public static (double UpperBound, PlanForecast Expected) Of(ExperimentScope scope, ShardSpec shard, TwinSteps twins)
    {
        ShardPlan plan = ShardPlan.Build(ClaimRegistry.All, scope, shard);
        var units = new Dictionary<string, IUnit>(StringComparer.Ordinal);
        var chains = new Dictionary<string, double>(StringComparer.Ordinal);
        var nothingYet = new ResultBook();
        foreach (ClaimTest claim in ClaimRegistry.All)
            foreach (IUnit unit in claim.Pending(scope, nothingYet).Where(u => plan.Includes(claim, u)))
            {
                if (claim is FixedPlanClaim)
                {
                    units.TryAdd(UnitJson.KeyOf(unit), unit);
                    continue;
                }
                UnitChain chain = UnitJson.ChainOf(claim, scope, unit);
                chains.TryAdd(chain.Id, chain.EstimatedCost);
            }
        PlanForecast expected = twins.Expected(units.Values);
        return (plan.Loads[shard.Index - 1], expected with { CpuSeconds = expected.CpuSeconds + chains.Values.Sum() });
    }
}
