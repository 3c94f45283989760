using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Claims;

public class MeasuredStepShareTests
{
    private static TrainingUnit Unit(int width, int maxSteps) => new(
        new TaskSetting(ModelNames.Diagonal, 1, 0.5, 4, 16, 8, 1, 256, 1, 1), width, 0, 0.05, 1, double.PositiveInfinity, maxSteps,
        TrainingUnit.AveragedIterate, false, false);

    [Fact]
    public void TheShareIsCostWeightedAndChargesOnlyTrainingUnits()
    {
        TrainingUnit small = Unit(16, 1000), large = Unit(48, 1000); // large costs 3× small per step
        var comparator = new ComparatorUnit(small.Task, 64, 0);
        // small used 100 of 1000 steps (share 0.1), large all of them (share 1): weighted (0.1·1 + 1·3)/4 = 0.775.
        var share = MeasuredStepShare.Of([small, large, comparator], u => CannedResults.Training(u.Width == 16 ? 99 : 999, true, 0.5));
        Assert.Equal(2, share.Runs);
        Assert.Equal((0.1 * small.EstimatedCost() + large.EstimatedCost()) / (small.EstimatedCost() + large.EstimatedCost()), share.Share, 12);
        Assert.Equal(share.Share * (small.EstimatedCost() + large.EstimatedCost()) + comparator.EstimatedCost(), share.Expected([small, large, comparator]), 12);
    }

    [Fact]
    public void NothingMeasuredIsTheUpperBound()
    {
        var share = MeasuredStepShare.Of([Unit(16, 1000)], _ => null);
        Assert.Equal(new MeasuredStepShare(1, 0), share);
        Assert.Equal(Unit(16, 1000).EstimatedCost(), share.Expected([Unit(16, 1000)]), 15);
    }
}
