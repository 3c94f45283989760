using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Claims;

public class MeasuredStepShareTests
{
    private static TrainingUnit Unit(int width, int maxSteps) => new(
        new TaskSetting(ModelNames.Diagonal, 1, 0.5, 4, 16, 8, 1, 256, 1, 1), width, 0, 0.05, 1, double.PositiveInfinity, maxSteps,
        TrainingUnit.AveragedIterate, false, false);

    [Fact]
    public void ConvergedRunsKeepTheirStepsAndCensoredRunsTakeTheWholeNewBudget()
    {
        TrainingUnit small = Unit(16, 1000), large = Unit(48, 1000); // large costs 3× small per step
        var comparator = new ComparatorUnit(small.Task, 64, 0);
        // small reached ε after 100 steps (weight 1/4), large hit τ_max (weight 3/4).
        var share = MeasuredStepShare.Of([small, large, comparator],
            u => u.Width == 16 ? CannedResults.Training(99, true, 0.5) : CannedResults.Training(1000, false, 0.5));
        Assert.Equal(2, share.Runs);
        Assert.Equal(0.75, share.CensoredWeight, 12);
        Assert.Equal(0.25 * 100, share.ConvergedSteps, 12);
        // On the measured plan it reproduces the measured cost; under a 10× budget only the censored part grows.
        double perStep = small.EstimatedCost() / 1000;
        Assert.Equal(perStep * 100 + 3 * perStep * 1000 + comparator.EstimatedCost(), share.Expected([small, large, comparator]), 12);
        Assert.Equal(0.75 * 10000 + 25, share.ExpectedSteps(10000), 12);
        Assert.Equal(10, share.ExpectedSteps(10)); // never above the budget
    }

    [Fact]
    public void NothingMeasuredIsTheUpperBound()
    {
        var share = MeasuredStepShare.Of([Unit(16, 1000)], _ => null);
        Assert.Equal(MeasuredStepShare.None, share);
        Assert.Equal(Unit(16, 1000).EstimatedCost(), share.Expected([Unit(16, 1000)]), 15);
    }
}
