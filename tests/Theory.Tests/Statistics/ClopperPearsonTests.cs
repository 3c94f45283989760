using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class ClopperPearsonTests
{
    [Fact]
    public void MatchesTheClosedFormsAtTheEnds()
    {
        var none = ClopperPearson.Interval(0, 280);
        Assert.Equal(0, none.Low);
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 280), none.High, 10);
        var all = ClopperPearson.Interval(20, 20);
        Assert.Equal(1, all.High);
        Assert.Equal(Math.Pow(0.025, 1.0 / 20), all.Low, 10);
        Assert.Equal(1.0, all.Estimate);
    }

    [Fact]
    public void ContainsTheFrequencyAndHasNoIntervalWithoutTrials()
    {
        var ci = ClopperPearson.Interval(7, 10);
        Assert.True(ci.Low < 0.7 && 0.7 < ci.High);
        Assert.Equal(0.3475, ci.Low, 3); // tables: 7/10 → [0.348, 0.933]
        Assert.Equal(0.9333, ci.High, 3);
        Assert.True(double.IsNaN(ClopperPearson.Interval(0, 0).High));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClopperPearson.Interval(3, 2));
    }
}
