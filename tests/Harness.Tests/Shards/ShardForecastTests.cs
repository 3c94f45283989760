using Repro.Harness.Cli;
using Repro.Harness.Experiments;
using Repro.Harness.Shards;
using Repro.Harness.Store;
using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Tests.Shards;

/// <summary>`repro list --shard`: the shard's forecast is its upper bound less what the store's runs measured, nothing else.</summary>
public class ShardForecastTests
{
    private static readonly ExperimentScope Smoke = ExperimentScope.For(Profile.Smoke);

    [Fact]
    public void WithNothingMeasuredEveryShardIsItsUpperBound()
    {
        for (int k = 1; k <= 3; k++)
        {
            (double upper, var perClaim) = ShardForecast.Of(Smoke, new ShardSpec(k, 3), new TwinSteps([]));
            PlanForecast expected = ShardForecast.Total(perClaim);
            Assert.Equal(upper, expected.CpuSeconds, 9);
            Assert.Equal(0, expected.Exact + expected.Setting + expected.Nearest);
        }
    }

    [Fact]
    public void AStoredRunIsReadBackAndLowersOnlyTheForecastOfTheRunsItTwins()
    {
        using var temp = new TempDirectory();
        var store = new ResultStore(temp.Combine("store"));
        TrainingUnit unit = ((FixedPlanClaim)ClaimRegistry.All.Single(c => c.Id == "C4")).Plan(Smoke).OfType<TrainingUnit>().First();
        var comparator = new ComparatorUnit(unit.Task, 8, 0);
        store.Save(UnitJson.KeyOf(comparator), UnitJson.Of(comparator), CanonicalJson.ToNode(new ComparatorRecord(0.1, 0.1, 1, 1)));

        // Censored at its own budget: every run it twins is charged its whole budget, so every shard stays at its upper bound.
        Save(store, unit, Outcome(unit.MaxSteps, reached: false));
        IReadOnlyList<MeasuredRun> runs = StoredRuns.Load(store);
        Assert.Equal(unit, Assert.Single(runs).Unit);
        var censored = Enumerable.Range(1, 3).Select(k => Forecast(k, runs)).ToList();
        Assert.Single(censored, s => s.Expected.Exact == 1);
        Assert.All(censored, s => Assert.Equal(s.UpperBound, s.Expected.CpuSeconds, 9));

        // Reached ε after 9 steps: its own shard saves at least its unused budget, and no shard rises.
        Save(store, unit, Outcome(9, reached: true));
        var converged = Enumerable.Range(1, 3).Select(k => Forecast(k, StoredRuns.Load(store))).ToList();
        double saved = TwinSteps.PerStep(unit) * (unit.MaxSteps - 10);
        Assert.All(converged, s => Assert.True(s.Expected.CpuSeconds <= s.UpperBound + 1e-9));
        Assert.True(converged.Single(s => s.Expected.Exact == 1) is var own && own.Expected.CpuSeconds <= own.UpperBound - saved + 1e-9);
    }

    private static (double UpperBound, PlanForecast Expected) Forecast(int shard, IReadOnlyList<MeasuredRun> runs)
    {
        (double upper, var perClaim) = ShardForecast.Of(Smoke, new ShardSpec(shard, 3), new TwinSteps(runs));
        return (upper, ShardForecast.Total(perClaim));
    }

    private static TrainingOutcome Outcome(int steps, bool reached)
        => new(steps, reached, DivergedAtStep: null, 1, 0.01, 0.01, 1, 0.1, 0.5, 0.5, 1, 1, [[0, 1.0]], null, null);

    private static void Save(ResultStore store, TrainingUnit unit, TrainingOutcome outcome)
        => store.Save(UnitJson.KeyOf(unit), UnitJson.Of(unit), CanonicalJson.ToNode(outcome));
}
