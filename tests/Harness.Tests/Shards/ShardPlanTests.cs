using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Shards;
using Xunit.Abstractions;

namespace Repro.Harness.Tests.Shards;

/// <summary>The partition: every chain on exactly one shard, searches kept whole, cost balanced, same on every call.</summary>
public class ShardPlanTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData("smoke", 3)]
    [InlineData("review", 3)]
    [InlineData("review", 7)]
    public void EveryChainHasOneShardAndTheLoadsAreBalanced(string profile, int count)
    {
        Assert.True(ProfileNames.TryParse(profile, out Profile parsed));
        var scope = ExperimentScope.For(parsed);
        List<ShardPlan> plans = [.. Enumerable.Range(1, count).Select(k => ShardPlan.Build(ClaimRegistry.All, scope, new ShardSpec(k, count)))];
        var chains = ClaimRegistry.All.SelectMany(c => c.Pending(scope, new ResultBook()).Select(u => (Claim: c, Unit: u))).ToList();
        foreach ((ClaimTest claim, IUnit unit) in chains)
            Assert.Equal(1, plans.Count(p => p.Includes(claim, unit)));

        IReadOnlyList<double> loads = plans[0].Loads;
        Assert.All(plans, p => Assert.Equal(loads, p.Loads));
        double total = loads.Sum(), largestChain = chains.Max(c => UnitJson.ChainOf(c.Claim, scope, c.Unit).EstimatedCost);
        // The loads cover every distinct chain once (units shared by two claims are counted once, unlike `repro list`).
        double distinct = chains.Select(c => UnitJson.ChainOf(c.Claim, scope, c.Unit)).DistinctBy(c => c.Id).Sum(c => c.EstimatedCost);
        Assert.Equal(distinct, total, 6);
        Assert.True(total <= ClaimRegistry.All.Sum(c => c.Estimate(scope).CpuSeconds) + 1e-6);
        // Greedy LPT: no shard exceeds the mean by more than the largest chain.
        Assert.All(loads, load => Assert.True(load <= total / count + largestChain, $"load {load} vs mean {total / count}"));
        log.WriteLine($"{profile} N={count}: loads {string.Join(", ", loads.Select(l => l.ToString("F1")))} CPU s (total {total:F1}, largest chain {largestChain:F1}); "
            + $"chains {string.Join(", ", plans[0].ChainCounts)}");
    }

    [Fact]
    public void EveryUnitThatDependsOnAnEarlierRoundBelongsToItsChain()
    {
        // C3's training widths come from m₀, measured over every seed's comparator at n₀: the whole plan is one chain,
        // so no shard waits for comparators another shard owns.
        ClaimTest c3 = ClaimRegistry.All.Single(c => c.Id == "C3");
        var scope = ExperimentScope.For(Profile.Smoke);
        var first = (ComparatorUnit)c3.Pending(scope, new ResultBook())[0];
        UnitChain chain = c3.ChainOf(scope, first)!;
        Assert.Equal(chain, c3.ChainOf(scope, first with { Width = 256, Seed = first.Seed + 1 }));
        TrainingUnit training = Claim3WidthGrowth.PlanAt(scope, 16)[^1];
        Assert.Equal(chain, c3.ChainOf(scope, training));
        Assert.Equal(c3.Estimate(scope).CpuSeconds, chain.EstimatedCost, 9);
    }
}
