using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Claims;

public class TwinStepsTests
{
    private static TrainingUnit Unit(int maxSteps, int seed = 0, int draw = 0, int n = 16, int T = 8, int width = 16, double alpha = 0.5) => new(
        new TaskSetting(ModelNames.Diagonal, 1, alpha, 4, n, T, DataSeed: draw, 256, 1, TeacherSeed: draw), width, seed, 0.05, 1, double.PositiveInfinity, maxSteps,
        TrainingUnit.AveragedIterate, false, false);

    private static MeasuredRun Converged(TrainingUnit unit, int steps, double lambda = 0.5) => new(unit, CannedResults.Training(steps, true, lambda));

    private static MeasuredRun Censored(TrainingUnit unit, double lambda = 0.5) => new(unit, CannedResults.Training(unit.MaxSteps, false, lambda));

    [Fact]
    public void AnExactTwinKeepsItsStepsUnderAnyBudgetAndACensoredOneTakesTheWholeNewBudget()
    {
        var twins = new TwinSteps([Converged(Unit(1000), 99), Censored(Unit(1000, seed: 1)),
            new MeasuredRun(Unit(1000, seed: 2), CannedResults.Training(10, false, 0.5, divergedAt: 10))]);
        Assert.Equal((100, TwinBasis.Exact), twins.Forecast(Unit(5000)));
        Assert.Equal((50, TwinBasis.Exact), twins.Forecast(Unit(50))); // never above the budget
        Assert.Equal((5000, TwinBasis.Exact), twins.Forecast(Unit(5000, seed: 1)));
        Assert.Equal((11, TwinBasis.Exact), twins.Forecast(Unit(5000, seed: 2))); // a divergence stops the run whatever the budget
    }

    [Fact]
    public void AnotherDrawOrSeedTakesTheMeanOfItsSettingsRuns()
    {
        var twins = new TwinSteps([Converged(Unit(1000, draw: 0), 99), Censored(Unit(1000, draw: 1))]);
        Assert.Equal((2550, TwinBasis.Setting), twins.Forecast(Unit(5000, draw: 7, seed: 3)));
    }

    [Fact]
    public void TheNearestSettingKeepsTheFlowTimeAndPrefersTheSameAlpha()
    {
        // λ = 1: S_T(1) = T, so η ∝ T⁻² and doubling T quadruples the steps.
        var twins = new TwinSteps([Converged(Unit(1000, T: 8), 99, lambda: 1), Converged(Unit(1000, n: 16, T: 16, alpha: 0.9), 9, lambda: 1)]);
        Assert.Equal((400, TwinBasis.Nearest), twins.Forecast(Unit(5000, T: 16)));
        // n ×4 and m ×2 away at the same α beat another α; n and m do not scale the steps.
        Assert.Equal((100, TwinBasis.Nearest), twins.Forecast(Unit(5000, n: 64, width: 32)));
        // A censored twin is charged the new budget, whatever the scale.
        Assert.Equal(5000, new TwinSteps([Censored(Unit(1000, T: 8), lambda: 1)]).Forecast(Unit(5000, T: 4)).Steps);
    }

    [Fact]
    public void WithoutAComparableRunTheWholeBudgetIsCharged()
    {
        var twins = new TwinSteps([Converged(Unit(1000), 99)]);
        TrainingUnit other = Unit(1000) with { RelativeTarget = 0.01 };
        Assert.Equal((1000, TwinBasis.Unmeasured), twins.Forecast(other));
    }

    [Fact]
    public void ThePlansTimeIsThePerStepCostTimesTheForecastStepsAndOtherUnitsAtTheirEstimate()
    {
        TrainingUnit measured = Unit(1000), unmeasured = Unit(1000) with { RelativeTarget = 0.01 };
        var comparator = new ComparatorUnit(measured.Task, 64, 0);
        var twins = new TwinSteps([Converged(measured, 99)]);
        PlanForecast forecast = twins.Expected([measured, unmeasured, comparator]);
        double perStep = measured.EstimatedCost() / 1000;
        Assert.Equal(perStep * 100 + unmeasured.EstimatedCost() + comparator.EstimatedCost(), forecast.CpuSeconds, 12);
        Assert.Equal((1, 0, 0, 1), (forecast.Exact, forecast.Setting, forecast.Nearest, forecast.Unmeasured));
    }

    [Fact]
    public void NothingMeasuredIsTheUpperBound()
    {
        var twins = new TwinSteps([]);
        Assert.Equal(Unit(1000).EstimatedCost(), twins.Expected([Unit(1000)]).CpuSeconds, 15);
    }
}
