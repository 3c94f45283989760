using Repro.Harness.Store;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Tests.Runs;

/// <summary>For every unit type: changing only the seed changes the outcome, and changing nothing reproduces it bit for bit.</summary>
public class UnitSeedPropertyTests
{
    private static readonly TaskSetting Task = new(ModelNames.Diagonal, 1.0, 0.5, 3, 16, 4, DataSeed: 5, TeacherAtoms: 64, TransportNorm: 1, TeacherSeed: 5);

    public static TheoryData<string> UnitTypes() => new() { "train", "train-v1", "train-comparator", "train-budget", "initial-output", "random-feature-sweep", "comparator", "curvature" };

    private static IUnit Unit(string kind, int seed) => kind switch
    {
        "train" => new TrainingUnit(Task, 8, seed, 0.05, 1.0, 2.0, 30, TrainingUnit.LastIterate, MeasureSensitivity: true, MeasureLinearization: true),
        "train-v1" => new TrainingUnit(Task with { Model = ModelNames.FullMatrix }, 8, seed, 0.05, 1.0, double.PositiveInfinity, 30, TrainingUnit.AveragedIterate, false, false),
        "train-comparator" => new TrainingUnit(Task, 8, seed, 0.05, 1.0, 0, 30, TrainingUnit.AveragedIterate, false, false, ComparatorRadius: true, StepSizeFromBall: true),
        "train-budget" => new TrainingUnit(Task, 8, seed, 0.05, 1.0, 0, 2000, TrainingUnit.AveragedIterate, false, false, ComparatorRadius: true, StepSizeFromBall: true, BudgetFromBound: 0.01),
        // C1's outcome is exactly 0 for every seed (that is the claim): only its key changes with the seed.
        "initial-output" => new InitialOutputUnit(Task, 8, seed),
        "random-feature-sweep" => new RandomFeatureSweepUnit(Task, 2, 8, 2, 4, seed),
        "comparator" => new ComparatorUnit(Task, 8, seed),
        "curvature" => new CurvatureUnit(Task, 8, seed),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Run(IUnit unit) => CanonicalJson.Serialize(CanonicalJson.ToNode(unit.Execute(CancellationToken.None)));

    [Theory]
    [MemberData(nameof(UnitTypes))]
    public void SameUnitSameBytesOtherSeedOtherOutcome(string kind)
    {
        string first = Run(Unit(kind, 1));
        Assert.Equal(first, Run(Unit(kind, 1)));
        Assert.NotEqual(Experiments.UnitJson.KeyOf(Unit(kind, 1)), Experiments.UnitJson.KeyOf(Unit(kind, 2)));
        if (kind != "initial-output") Assert.NotEqual(first, Run(Unit(kind, 2)));
    }
}
