using Repro.Theory.Bounds;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Experiments;

/// <summary>TrainingUnit's path curvature: the same measurement as CurvatureUnit's, taken at the last and the averaged iterate.</summary>
public class PathCurvatureTests
{
    private static TrainingUnit Unit(int maxSteps, bool measure) => new(
        new TaskSetting(ModelNames.Diagonal, 1.0, 0.5, 2, 8, 3, DataSeed: 7, 16, TransportNorm: 1, TeacherSeed: 7),
        8, 1, 1e-9, PaperConstants.StepSizeScale, double.PositiveInfinity, maxSteps, TrainingUnit.AveragedIterate,
        MeasureSensitivity: false, MeasureLinearization: false, ComparatorRadius: true, StepSizeFromBall: true, MeasurePathCurvature: measure);

    [Fact]
    public void WithoutStepsBothIteratesAreTheInitialOneAndGiveCurvatureUnitsValue()
    {
        TrainingUnit unit = Unit(0, measure: true);
        var outcome = (TrainingOutcome)unit.Execute(CancellationToken.None);
        double atStart = ((CurvatureOutcome)new CurvatureUnit(unit.Task, unit.Width, unit.Seed).Execute(CancellationToken.None)).LargestEigenvalue;
        Assert.True(atStart > 0);
        Assert.Equal(new PathCurvatureRecord(atStart, atStart), outcome.PathCurvature);
    }

    [Fact]
    public void AfterTrainingTheIteratesHaveTheirOwnFiniteCurvatureAndTheFlagIsOffByDefault()
    {
        var outcome = (TrainingOutcome)Unit(40, measure: true).Execute(CancellationToken.None);
        double atStart = ((CurvatureOutcome)new CurvatureUnit(Unit(40, true).Task, 8, 1).Execute(CancellationToken.None)).LargestEigenvalue;
        Assert.Equal(40, outcome.Steps);
        PathCurvatureRecord path = outcome.PathCurvature!;
        Assert.True(double.IsFinite(path.Last) && path.Last > 0);
        Assert.True(double.IsFinite(path.Averaged) && path.Averaged > 0);
        Assert.NotEqual(atStart, path.Last);
        Assert.NotEqual(path.Last, path.Averaged);
        Assert.Null(((TrainingOutcome)Unit(40, measure: false).Execute(CancellationToken.None)).PathCurvature);
    }
}
