using Repro.Harness.Experiments;
using Repro.Harness.Shards;
using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Cli;

/// <summary>
/// The expected single-core seconds of one shard of a plan, the number `run --shard` is measured against: the units
/// `run --shard` would execute (each distinct unit once, under the first claim that plans it, as the shard plan counts
/// them), training runs forecast by <see cref="TwinSteps"/>; a claim planned in rounds (C3) has no units to forecast
/// before its first round ran and is charged its chains' estimate.
/// </summary>
internal static class ShardForecast
{
    /// <summary>The upper bound from the shard plan, and the forecast per claim (claims with nothing in the shard left out).</summary>
    public static (double UpperBound, IReadOnlyList<(string Claim, PlanForecast Expected)> PerClaim) Of(ExperimentScope scope, ShardSpec shard, TwinSteps twins)
    {
        ShardPlan plan = ShardPlan.Build(ClaimRegistry.All, scope, shard);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nothingYet = new ResultBook();
        var perClaim = new List<(string, PlanForecast)>();
        foreach (ClaimTest claim in ClaimRegistry.All)
        {
            var units = new List<IUnit>();
            double chains = 0;
            foreach (IUnit unit in claim.Pending(scope, nothingYet).Where(u => plan.Includes(claim, u)))
            {
                if (claim is FixedPlanClaim)
                {
                    if (seen.Add(UnitJson.KeyOf(unit))) units.Add(unit);
                    continue;
                }
                UnitChain chain = UnitJson.ChainOf(claim, scope, unit);
                if (seen.Add(chain.Id)) chains += chain.EstimatedCost;
            }
            PlanForecast forecast = twins.Expected(units);
            if (units.Count > 0 || chains > 0) perClaim.Add((claim.Id, forecast with { CpuSeconds = forecast.CpuSeconds + chains }));
        }
        return (plan.Loads[shard.Index - 1], perClaim);
    }

    /// <summary>The shard's whole forecast.</summary>
    public static PlanForecast Total(IReadOnlyList<(string Claim, PlanForecast Expected)> perClaim)
        => perClaim.Aggregate(PlanForecast.Zero, (sum, c) => sum.Plus(c.Expected));
}
