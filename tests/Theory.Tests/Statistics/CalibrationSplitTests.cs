using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class CalibrationSplitTests
{
    [Theory]
    [InlineData(8, 0.5, 4)]
    [InlineData(7, 0.5, 4)]
    [InlineData(3, 0.5, 2)]  // at least two calibration points
    [InlineData(10, 0.95, 9)] // at least one held out
    public void LowestFractionCalibratesOnTheLowestSettings(int count, double fraction, int expectedCalibration)
    {
        var split = CalibrationSplit.LowestFraction(count, fraction);
        Assert.Equal(Enumerable.Range(0, expectedCalibration), split.CalibrationIndices);
        Assert.Equal(Enumerable.Range(expectedCalibration, count - expectedCalibration), split.HeldOutIndices);
        Assert.Contains("lowest", split.Description);
    }

    [Fact]
    public void EveryKthHoldsOutAnInterleavedSlice()
    {
        var split = CalibrationSplit.EveryKth(10, 3);
        Assert.Equal([0, 3, 6, 9], split.HeldOutIndices);
        Assert.Equal([1, 2, 4, 5, 7, 8], split.CalibrationIndices);
        Assert.Equal([1, 4, 7], CalibrationSplit.EveryKth(9, 3, 1).HeldOutIndices);
    }

    [Fact]
    public void SlicesPartitionTheSettingsAndSelectItems()
    {
        var split = CalibrationSplit.LowestFraction(6, 0.5);
        Assert.Equal(Enumerable.Range(0, 6), split.CalibrationIndices.Concat(split.HeldOutIndices).Order());
        string[] names = ["a", "b", "c", "d", "e", "f"];
        Assert.Equal(["a", "b", "c"], split.Calibration(names));
        Assert.Equal(["d", "e", "f"], split.HeldOut(names));
        Assert.Throws<ArgumentException>(() => split.HeldOut(new[] { 1.0, 2.0 }));
    }

    [Fact]
    public void RejectsImpossibleSplits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CalibrationSplit.LowestFraction(2, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalibrationSplit.LowestFraction(6, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalibrationSplit.EveryKth(1, 2));
    }
}
