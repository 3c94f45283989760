using Repro.Theory.Experiments;
using Repro.Theory.Claims;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Tests.Runs;

/// <summary>A unit's key changes with every field that describes it, and with nothing else.</summary>
public class ExperimentUnitKeyTests
{
    private static readonly TaskSetting Task = new("v2", 1.0, 0.5, 4, 32, 4, DataSeed: 1, TeacherAtoms: 64, TransportNorm: 1, TeacherSeed: 1);
    private static readonly TrainingUnit Unit = new(Task, 16, 0, 0.05, 1.0, 2.0, 100, TrainingUnit.LastIterate, false, false);

    private static readonly Dictionary<string, TrainingUnit> Variants = new()
    {
        { "model", Unit with { Task = Task with { Model = "v1" } } },
        { "a", Unit with { Task = Task with { ActivationScale = 1.5 } } },
        { "α", Unit with { Task = Task with { RecurrentScale = 0.6 } } },
        { "d", Unit with { Task = Task with { InputDimension = 5 } } },
        { "n", Unit with { Task = Task with { SampleCount = 33 } } },
        { "T", Unit with { Task = Task with { SequenceLength = 5 } } },
        { "data seed", Unit with { Task = Task with { DataSeed = 2 } } },
        { "M", Unit with { Task = Task with { TeacherAtoms = 65 } } },
        { "ν̄", Unit with { Task = Task with { TransportNorm = 2 } } },
        { "teacher seed", Unit with { Task = Task with { TeacherSeed = 2 } } },
        { "m", Unit with { Width = 18 } },
        { "seed", Unit with { Seed = 1 } },
        { "ε", Unit with { RelativeTarget = 0.04 } },
        { "η₀", Unit with { StepSizeScale = 0.5 } },
        { "ρ", Unit with { Radius = double.PositiveInfinity } },
        { "τ_max", Unit with { MaxSteps = 101 } },
        { "stop rule", Unit with { StopOn = TrainingUnit.AveragedIterate } },
        { "sensitivity", Unit with { MeasureSensitivity = true } },
        { "linearization", Unit with { MeasureLinearization = true } },
    };

    public static TheoryData<string> Fields() => new(Variants.Keys);

    [Theory]
    [MemberData(nameof(Fields))]
    public void KeyChangesWhenAFieldChanges(string field)
        => Assert.True(UnitJson.KeyOf(Unit) != UnitJson.KeyOf(Variants[field]), $"changing {field} kept the key");

    [Fact]
    public void EqualUnitsHaveEqualKeysAndUnitKindsNeverCollide()
    {
        Assert.Equal(UnitJson.KeyOf(Unit), UnitJson.KeyOf(Unit with { }));
        Assert.NotEqual(UnitJson.KeyOf(new InitialOutputUnit(Task, 16, 0)), UnitJson.KeyOf(new ComparatorUnit(Task, 16, 0)));
        Assert.Equal("train", UnitJson.Of(Unit)["kind"]!.GetValue<string>());
    }

    [Fact]
    public void RunOptionsThatDoNotDescribeUnitsDoNotEnterTheirKeys()
    {
        // --jobs, --out and --verbose are not fields of any unit: the same plan under other values has the same keys.
        var scope = ExperimentScope.For(Profile.Smoke);
        var keys = new Claim3WidthGrowth().Pending(scope, new ResultBook()).Select(UnitJson.KeyOf).ToList();
        var again = new Claim3WidthGrowth().Pending(scope with { }, new ResultBook()).Select(UnitJson.KeyOf).ToList();
        Assert.Equal(keys, again);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
