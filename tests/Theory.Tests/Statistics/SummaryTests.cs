using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class SummaryTests
{
    [Fact]
    public void KnownSample()
    {
        var s = Summary.Of([2, 4, 4, 4, 5, 5, 7, 9]);
        Assert.Equal(5.0, s.Mean);
        Assert.Equal(Math.Sqrt(32.0 / 7.0), s.StandardDeviation, 1e-15);
        Assert.Equal(8, s.Count);
        Assert.Equal(2.0, s.Minimum);
        Assert.Equal(9.0, s.Maximum);
        Assert.Equal(Math.Sqrt(32.0 / 7.0) / Math.Sqrt(8), s.StandardError, 1e-15);
    }

    [Fact]
    public void DegenerateSamples()
    {
        Assert.True(double.IsNaN(Summary.Of([]).Mean));
        var one = Summary.Of([3.5]);
        Assert.Equal(3.5, one.Mean);
        Assert.True(double.IsNaN(one.StandardDeviation));
    }

    [Fact]
    public void TwoPassIsAccurateWithALargeOffset()
    {
        var s = Summary.Of([1e9 + 1, 1e9 + 2, 1e9 + 3]);
        Assert.Equal(1.0, s.StandardDeviation, 1e-12);
    }
}
