using System.Text.Json.Nodes;
using Repro.Harness.Execution;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// Numerical faults are results, not crashes: a training unit whose step size overflows (huge η₀) or
/// underflows to 0 (S_T(λ₀) overflows for λ₀ ≫ 1 and long T) is recorded as diverged at step 0,
/// survives the store round trip, and runs beside healthy units without stopping the batch.
/// </summary>
public class DivergenceTests
{
    private static TrainingUnit Unit(double activationScale, double recurrentScale, int sequenceLength, double stepSizeScale) => new(
        new TaskSetting(ModelNames.Diagonal, activationScale, recurrentScale, InputDimension: 2, SampleCount: 8, sequenceLength,
            DataSeed: 1, TeacherAtoms: 16, TransportNorm: 1, TeacherSeed: 1),
        Width: 8, Seed: 1, RelativeTarget: 1e-9, stepSizeScale, Radius: double.PositiveInfinity, MaxSteps: 20,
        TrainingUnit.LastIterate, MeasureSensitivity: true, MeasureLinearization: true);

    /// <summary>η = η₀/(σ₁²S_T²(1+σ₀²)) with σ₀ = σ₁ = 0.01 is about 10⁴η₀: η₀ = 10³⁰⁶ overflows to +∞.</summary>
    private static readonly TrainingUnit HugeStep = Unit(0.01, 0.5, 5, 1e306);

    /// <summary>λ₀ = 8 and T = 400: S_T(λ₀) ≈ 8³⁹⁹ overflows, so η underflows to 0.</summary>
    private static readonly TrainingUnit ExplodingMemory = Unit(1, 8, 400, 1);

    private static readonly TrainingUnit Healthy = Unit(1, 0.5, 5, 1);

    public static TheoryData<string> Faults() => new() { nameof(HugeStep), nameof(ExplodingMemory) };

    private static TrainingUnit Named(string name) => name == nameof(HugeStep) ? HugeStep : ExplodingMemory;

    [Theory]
    [MemberData(nameof(Faults))]
    public void ANonFiniteStepSizeIsRecordedAsDivergedAtStep0(string fault)
    {
        TrainingOutcome outcome = (TrainingOutcome)Named(fault).Execute(CancellationToken.None);
        Assert.Equal(0, outcome.DivergedAtStep);
        Assert.Equal(0, outcome.Steps);
        Assert.False(outcome.ReachedTarget);
        Assert.False(double.IsFinite(outcome.StepSize) && outcome.StepSize > 0);
        Assert.True(double.IsFinite(outcome.InitialRelativeLoss));
        Assert.Null(outcome.LinearizationError);
    }

    [Fact]
    public void AHealthyUnitDoesNotDiverge()
    {
        TrainingOutcome outcome = (TrainingOutcome)Healthy.Execute(CancellationToken.None);
        Assert.Null(outcome.DivergedAtStep);
        Assert.True(outcome.Steps > 0);
    }

    [Fact]
    public void DivergedUnitsRunBesideHealthyOnesAndSurviveTheStoreRoundTrip()
    {
        using var temp = new TempDirectory();
        var store = new ResultStore(temp.Combine("store"));
        List<WorkItem> items = [.. new[] { HugeStep, ExplodingMemory, Healthy }
            .Select(unit => UnitJson.WorkItemOf(unit, UnitJson.KeyOf(unit)))];

        BatchOutcome first = UnitScheduler.RunBatch(items, store, jobs: 2, NullProgress.Instance, CancellationToken.None);
        BatchOutcome second = UnitScheduler.RunBatch(items, store, jobs: 2, NullProgress.Instance, CancellationToken.None);

        Assert.Equal((3, 0, false), (first.Executed, first.Reused, first.Interrupted));
        Assert.Equal((0, 3), (second.Executed, second.Reused));
        Assert.Empty(second.Corrupt);
        foreach (WorkItem item in items)
        {
            JsonNode fresh = first.Results[item.Key];
            Assert.True(CanonicalJson.Equal(fresh, second.Results[item.Key]));
            Assert.True(CanonicalJson.Equal(fresh, store.TryLoad(item.Key).Entry!.Result));
        }
        TrainingOutcome reloaded = CanonicalJson.FromNode<TrainingOutcome>(second.Results[items[0].Key]);
        Assert.Equal(0, reloaded.DivergedAtStep);
        Assert.Equal(double.PositiveInfinity, reloaded.StepSize);
        Assert.Null(CanonicalJson.FromNode<TrainingOutcome>(second.Results[items[2].Key]).DivergedAtStep);
    }
}
