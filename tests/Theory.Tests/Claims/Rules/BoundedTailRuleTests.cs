using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class BoundedTailRuleTests
{
    private static readonly BoundedTailRule Rule = new("τ*", 5, Bootstrap("tail"));

    /// <summary>The allowed slope over T = 5…32: ln 2/27.</summary>
    private static readonly double Limit = DetMath.Log(2) / 27;

    /// <summary>T = 2…32 where draw d grows like e^(slope_d·T): the slope's CI spans the draws' slopes.</summary>
    private static RulePoint[] DrawSlopes(params double[] slopes)
        => SequenceLengths.Select(t => Point(t, double.NaN, slopes.Select(s => 50 * E(s * t)).ToArray())).ToArray();

    [Theory]
    [InlineData(0.5, 5)]   // S_4 = 1.875 < 1.9 ≤ S_5 = 1.9375
    [InlineData(0.8, 14)]  // 0.8^13 = 0.055 > 0.05 ≥ 0.8^14 = 0.044
    [InlineData(0.0, 1)]
    public void TheTailStartsWhereTheMemoryFactorSaturates(double lambda, int expected)
    {
        Assert.Equal(expected, BoundedTailRule.TailStart(lambda));
        Assert.True(MemoryFactor.Evaluate(lambda, expected) >= 0.95 / (1 - lambda));
        Assert.True(expected == 1 || MemoryFactor.Evaluate(lambda, expected - 1) < 0.95 / (1 - lambda));
        Assert.Null(BoundedTailRule.TailStart(1.0));
        Assert.Null(BoundedTailRule.TailStart(1.2));
    }

    [Fact]
    public void DecidesOnTheSlopesIntervalAgainstAFactorTwoOfDrift()
    {
        var pass = Rule.Decide(DrawSlopes(-0.2 * Limit, 0, 0.2 * Limit));
        Assert.Equal(Verdict.Pass, pass.Verdict);
        Assert.Equal(Limit, pass.Reference!.Value, 15);
        Assert.True(pass.CiHigh <= 0.2 * Limit + 1e-12 && pass.CiLow >= -0.2 * Limit - 1e-12);
        var fail = Rule.Decide(DrawSlopes(2.9 * Limit, 3 * Limit, 3.1 * Limit));
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.True(fail.CiLow > Limit);
        // Mean slope 1.1·limit, draws from 0.1 to 2.1 × it: the CI straddles the limit.
        var straddle = Rule.Decide(DrawSlopes(0.1 * Limit, 1.1 * Limit, 2.1 * Limit));
        Assert.Equal(Verdict.Inconclusive, straddle.Verdict);
        Assert.True(straddle.CiLow < Limit && Limit < straddle.CiHigh);
    }

    [Fact]
    public void UsesOnlyTheTailInsideTheHypotheses()
    {
        // Steep before x₀ = 5 and flat after: bounded.
        var transient = SequenceLengths.Select(t => Point(t, double.NaN, 10 * E(Math.Min(t, 5)), 11 * E(Math.Min(t, 5)), 12 * E(Math.Min(t, 5)))).ToArray();
        Assert.Equal(Verdict.Pass, Rule.Decide(transient).Verdict);
        Assert.Equal(Verdict.Fail, (Rule with { X0 = 2 }).Decide(transient).Verdict);
        var outside = DrawSlopes(0, 0, 0).Select(p => p with { InHypotheses = p.X < 7 }).ToArray();
        var few = Rule.Decide(outside);
        Assert.Equal(Verdict.Inconclusive, few.Verdict);
        Assert.Contains("only 2 tail points", few.Reason);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide(SequenceLengths.Select(t => Point(t, double.NaN, t)).ToArray()).Verdict); // one draw
    }

    [Fact]
    public void CensoredPointsCanFailButNeverPass()
    {
        // Flat, but the last tail points are lower bounds: never a PASS.
        var flat = DrawSlopes(-0.2 * Limit, 0, 0.2 * Limit).Select(p => p with { Censored = p.X >= 28 }).ToArray();
        var open = Rule.Decide(flat);
        Assert.Equal(Verdict.Inconclusive, open.Verdict);
        Assert.Contains("censored", open.Reason);
        // Growing, censored in the upper half of the tail (x ≥ mean 18.5): the true slope is larger still, so FAIL.
        var rising = DrawSlopes(2.9 * Limit, 3 * Limit, 3.1 * Limit);
        Assert.Equal(Verdict.Fail, Rule.Decide(rising.Select(p => p with { Censored = p.X >= 20 }).ToArray()).Verdict);
        // Censored below the tail's mean x: the true values there could lower the slope, so no FAIL either.
        Assert.Equal(Verdict.Inconclusive, Rule.Decide(rising.Select(p => p with { Censored = p.X == 6 }).ToArray()).Verdict);
    }

    [Theory]
    [InlineData(false, 3)] // 3 draws × 4 seeds at the representative noise
    [InlineData(true, 5)]  // twice the noise needs more draws: with 3, a flat tail is INCONCLUSIVE
    public void ControlsPassOnC4sGridAndNoise(bool noisy, int draws)
    {
        var rule = Rule with { X0 = BoundedTailRule.TailStart(0.5)!.Value };
        AssertControlsPass(rule.Decide(Series(SequenceLengths, t => 40, t => double.NaN, noisy ? Noisy : Representative, "c4a", draws)));
    }

    [Fact]
    public void TheTextIsTheRules()
        => AssertOwnText(Rule with { X0 = 14, MinimumPoints = 6 }, DrawSlopes(0, 0, 0), ["τ*", "x₀ = 14", "fewer than 6 tail", .. Parameters(Rule.Bootstrap)]);
}
