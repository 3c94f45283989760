using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class OneSidedBoundRuleTests
{
    private static readonly OneSidedBoundRule Rule = new("τ*", Bootstrap("one-sided"));

    [Fact]
    public void PassesWhenEveryEstimateIsAtMostTheBound()
    {
        var result = Rule.Decide([Point(2, 10, 4, 5, 6), Point(4, 10, 9.8, 9.9, 10)]);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0.99, result.Value, 2); // the largest slack, at x = 4
        Assert.Contains("x = 2: slack 0.493", result.Detail);
    }

    [Fact]
    public void FailsWhenAPointsIntervalLiesWhollyAboveTheBound()
    {
        var result = Rule.Decide([Point(2, 10, 4, 5, 6), Point(4, 10, 10.1, 10.1, 10.1)]);
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Equal(1.01, result.CiLow!.Value, 12);
        Assert.Contains("x = 4", result.Reason);
        Assert.Equal(1 - 0.05 / 2, result.ConfidenceLevel!.Value, 15); // Bonferroni over the 2 judged points
        Assert.Contains("Bonferroni", Rule.Describe());
    }

    [Fact]
    public void IsInconclusiveWhenTheEstimateIsAboveButTheIntervalReachesBelow()
    {
        // Geometric mean (5·25·12)^(1/3) = 11.4 > 10, but resampled draws reach 5.
        var result = Rule.Decide([Point(2, 10, 4, 5, 6), Point(4, 10, 5, 25, 12)]);
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.True(result.CiLow < 1 && result.CiHigh > 1, $"[{result.CiLow}, {result.CiHigh}]");
        Assert.Contains("reaches below", result.Reason);
    }

    [Fact]
    public void JudgesOnlyPointsInsideTheHypotheses()
    {
        var outside = Point(8, 10, 100, 100, 100) with { InHypotheses = false };
        var result = Rule.Decide([Point(2, 10, 4, 5, 6), outside]);
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Contains("x = 8: outside the theorem's hypotheses (slack 10)", result.Detail);
        var none = Rule.Decide([outside]);
        Assert.Equal(Verdict.Inconclusive, none.Verdict);
        Assert.Equal("no point inside the theorem's hypotheses", none.Reason);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([Point(2, 10, 11)]).Verdict); // one draw: no interval, cannot FAIL
    }

    [Fact]
    public void AssessReportsTheSlackAtEveryPoint()
    {
        var assessed = Rule.Assess([Point(2, 10, 4, 4, 4), Point(4, 20, 5, 5, 5) with { InHypotheses = false }]);
        Assert.Equal([0.4, 0.25], assessed.Select(p => Math.Round(p.Slack, 12)));
        Assert.Equal(0.4, assessed[0].SlackLow, 12);
        Assert.False(assessed[1].InHypotheses);
    }

    [Theory]
    [InlineData(false, 3)] // 3 draws × 4 seeds at the representative noise
    [InlineData(true, 5)]  // twice the noise needs more draws: with 3, a flat tail is INCONCLUSIVE
    public void ControlsPassOnC4sGridAndNoise(bool noisy, int draws)
    {
        // Bound with constants rising like S_T(1.2) over T = 2…32, 3 draws × 4 seeds.
        var points = Series(SequenceLengths, t => 3 * t, t => 10 * t, noisy ? Noisy : Representative, "c4b", draws);
        AssertControlsPass(Rule.Decide(points));
    }

    [Fact]
    public void ControlsPassOnASingleJudgedPoint()
    {
        var points = Series([16.0], t => 3 * t, t => 10 * t, Representative, "single");
        AssertControlsPass(Rule.Decide([.. points, points[0] with { X = 32, InHypotheses = false }]));
    }

    [Fact]
    public void TheTextIsTheRules()
        => AssertOwnText(Rule, [Point(2, 10, 4, 5, 6)], ["τ*", .. Parameters(Rule.Bootstrap)]);
}
