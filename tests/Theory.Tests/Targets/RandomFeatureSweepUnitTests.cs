using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Targets;

/// <summary>The sweep unit's grids and the fields it refuses.</summary>
public class RandomFeatureSweepUnitTests
{
    private static readonly TaskSetting Task = new(ModelNames.Diagonal, 1.0, 0.5, 3, 64, 2, DataSeed: 5, TeacherAtoms: 64, TransportNorm: 1, TeacherSeed: 5);

    [Fact]
    public void GridsAreNestedOctavesWithEvenWidths()
    {
        var unit = new RandomFeatureSweepUnit(Task, 2, 64, 4, 8, 0);
        Assert.Equal([2, 4, 6, 8, 10, 12, 14, 16, 20, 22, 26, 32, 38, 46, 54, 64], unit.Widths());
        Assert.Equal([8, 16, 32, 64], unit.SampleCounts());
        Assert.Equal([4, 8, 16], (unit with { SmallestWidth = 4, LargestWidth = 16, WidthsPerOctave = 1 }).Widths());
    }

    [Fact]
    public void OutcomeCoversTheGrids()
    {
        var unit = new RandomFeatureSweepUnit(Task, 2, 16, 2, 16, 3);
        var outcome = (RandomFeatureSweepOutcome)unit.Execute(CancellationToken.None);
        Assert.Equal(unit.Widths(), outcome.Errors.Widths);
        Assert.Equal(unit.SampleCounts(), outcome.Errors.SampleCounts);
        Assert.All(outcome.Errors.MaxError.Zip(outcome.Errors.RootMeanSquareError), r => Assert.All(r.First.Zip(r.Second), e => Assert.True(e.First >= e.Second && e.Second > 0)));
        Assert.InRange(outcome.TeacherNoise, 0, 1);
        Assert.True(outcome.TargetVariance > 0);
    }

    [Theory]
    [InlineData(3, 16, 2, 8)]   // odd smallest width
    [InlineData(2, 24, 2, 8)]   // 24 is not 2·2^k
    [InlineData(2, 16, 0, 8)]   // no widths per octave
    [InlineData(2, 16, 2, 3)]   // 64 is not 3·2^k
    [InlineData(2, 16, 2, 128)] // smallest n above the task's
    public void BadFieldsAreRefused(int smallest, int largest, int perOctave, int smallestN)
        => Assert.ThrowsAny<ArgumentException>(() => new RandomFeatureSweepUnit(Task, smallest, largest, perOctave, smallestN, 0).Widths().Concat(new RandomFeatureSweepUnit(Task, smallest, largest, perOctave, smallestN, 0).SampleCounts()).ToArray());

    [Fact]
    public void OnlyTheDiagonalModelHasTheComparator()
        => Assert.Throws<ArgumentException>(() => new RandomFeatureSweepUnit(Task with { Model = ModelNames.FullMatrix }, 2, 16, 2, 8, 0).Widths());
}
