using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class ShapeEnvelopeRuleTests
{
    private const double Delta = 0.1;
    private static readonly ShapeEnvelopeRule Rule = new("m*", "log(2n/δ)", Bootstrap("envelope"), 0.5, 0.25);

    private static double Shape(double n) => DetMath.Log(2 * n / Delta);

    /// <summary>Points on C3's n grid at ratio[i]·shape, three draws spread ±10%.</summary>
    private static RulePoint[] Ratios(params double[] ratio) => Spread(0.1, ratio);

    /// <summary>Points on C3's n grid at ratio[i]·shape, three draws spread ±<paramref name="spread"/>.</summary>
    private static RulePoint[] Spread(double spread, params double[] ratio)
        => SampleSizes.Select((n, i) => Point(n, Shape(n), (1 - spread) * ratio[i] * Shape(n), ratio[i] * Shape(n), (1 + spread) * ratio[i] * Shape(n))).ToArray();

    /// <summary>Points on C3's n grid at ratio[i]·shape, three draws at (1 − s, 1, 1 + s) rotated by one draw per point:
    /// noise from point to point with none shared, which ratio/C cannot cancel.</summary>
    private static RulePoint[] Scattered(double spread, params double[] ratio)
        => SampleSizes.Select((n, i) => Point(n, Shape(n), Enumerable.Range(0, 3).Select(k => (1 + spread * ((k + i) % 3 - 1)) * ratio[i] * Shape(n)).ToArray())).ToArray();

    [Fact]
    public void PassesOnACurveProportionalToTheShape()
    {
        var result = Rule.Decide(Series(SampleSizes, n => 5 * Shape(n), Shape, Representative, "log law"));
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Contains("C = ", result.Detail);
    }

    [Fact]
    public void FailsOnlyAboveTheEnvelopeAndRising()
    {
        var fail = Rule.Decide(Ratios(1, 1, 1, 1, 1.5, 2, 2.5, 3));
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.True(fail.CiLow > 1.25, $"{fail.CiLow}");
        // Above the envelope but falling: the tail slope's CI is below 0, so PASS.
        var falling = Rule.Decide(Ratios(1, 1, 1, 1, 3, 2.5, 2, 1.5));
        Assert.Equal(Verdict.Pass, falling.Verdict);
        Assert.Contains("above the envelope", falling.Reason);
        // Estimates above the envelope and rising, but with draws ±60% from point to point the CIs reach below it: PASS.
        var wide = Rule.Decide(Scattered(0.6, 1, 1, 1, 1, 1.3, 1.35, 1.4, 1.45));
        Assert.Equal(Verdict.Pass, wide.Verdict);
        Assert.True(wide.Value > 1.25 && wide.CiLow < 1.25, $"{wide.Value} [{wide.CiLow}, {wide.CiHigh}]");
        // The same ±60% as a draw effect shared by every point cancels in ratio/C (C is resampled with the point): FAIL.
        var shared = Rule.Decide(Spread(0.6, 1, 1, 1, 1, 1.3, 1.35, 1.4, 1.45));
        Assert.Equal(Verdict.Fail, shared.Verdict);
        Assert.Equal(1.45, shared.CiLow!.Value, 1e-9);
        Assert.Equal(1.45, shared.CiHigh!.Value, 1e-9);
        // Rising but inside the envelope (≤ 1.25·C): PASS.
        Assert.Equal(Verdict.Pass, Rule.Decide(Ratios(1, 1, 1, 1, 1.02, 1.04, 1.06, 1.08)).Verdict);
    }

    [Fact]
    public void ANoisyCalibrationSliceWidensTheHeldOutInterval()
    {
        // Held-out points without noise at 2·C: with C a fixed number their CIs would be [2, 2]; C's own error widens them.
        RulePoint[] quiet = Spread(0, 1, 1, 1, 1, 2, 2, 2, 2), noisy = Scattered(0.4, 1, 1, 1, 1, 2, 2, 2, 2);
        for (int i = 4; i < 8; i++) noisy[i] = quiet[i];
        var still = Rule.Decide(quiet);
        Assert.Equal(still.CiLow!.Value, still.CiHigh!.Value, 1e-12);
        var widened = Rule.Decide(noisy);
        double c = Rule.Constant(noisy);
        Assert.Equal(2 / c, widened.Value, 1e-9);
        Assert.True(widened.CiHigh - widened.CiLow > 0.2 * widened.Value, $"{widened.Value} [{widened.CiLow}, {widened.CiHigh}]");
        // C_b, the largest resampled calibration ratio, is at most 1.4 (every picked draw at its 1.4 at one point).
        Assert.InRange(widened.CiLow!.Value, 2 / 1.4 - 1e-9, widened.Value);
        Assert.Contains("Shape envelope", widened.Rule);
        Assert.Contains("recomputes C in every resample", widened.Rule);
    }

    [Fact]
    public void CensoredHeldOutPointsCanFailButNeverPass()
    {
        var proportional = Ratios(1, 1, 1, 1, 1, 1, 1, 1);
        Assert.Equal(Verdict.Pass, Rule.Decide(proportional).Verdict);
        var censoredTop = Rule.Decide(proportional.Select((p, i) => p with { Censored = i == 7 }).ToArray());
        Assert.Equal(Verdict.Inconclusive, censoredTop.Verdict);
        Assert.Contains("censored", censoredTop.Reason);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide(proportional.Select((p, i) => p with { Censored = i == 0 }).ToArray()).Verdict); // C unknown
        var rising = Ratios(1, 1, 1, 1, 1.5, 2, 2.5, 3);
        Assert.Equal(Verdict.Fail, Rule.Decide(rising.Select((p, i) => p with { Censored = i >= 6 }).ToArray()).Verdict);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide(rising.Select((p, i) => p with { Censored = i == 4 }).ToArray()).Verdict);
    }

    [Fact]
    public void IsInconclusiveWithTooFewPointsOrNoInterval()
    {
        var four = Rule.Decide(Ratios(1, 1, 1, 1, 1, 1, 1, 1).Take(4).ToArray());
        Assert.Equal(Verdict.Inconclusive, four.Verdict);
        Assert.Contains("too few", four.Reason);
        var oneDraw = SampleSizes.Select((n, i) => Point(n, Shape(n), Math.Pow(n, 2))).ToArray();
        Assert.Equal(Verdict.Inconclusive, Rule.Decide(oneDraw).Verdict);
        var outside = Ratios(1, 1, 1, 1, 1.5, 2, 2.5, 3).Select((p, i) => p with { InHypotheses = i < 4 }).ToArray();
        Assert.Equal(Verdict.Inconclusive, Rule.Decide(outside).Verdict);
    }

    [Theory]
    [InlineData(false, 3, false)] // 3 draws × 4 seeds at the representative noise
    [InlineData(true, 5, false)]  // twice the noise needs more draws: with 3, a flat tail is INCONCLUSIVE
    [InlineData(false, 3, true)]
    [InlineData(true, 5, true)]
    public void ControlsPassOnC3sGridAndNoise(bool noisy, int draws, bool slopeOnLogX)
        => AssertControlsPass((Rule with { SlopeOnLogX = slopeOnLogX }).Decide(Series(SampleSizes, n => 5 * Shape(n), Shape, noisy ? Noisy : Representative, "c3b", draws)));

    [Fact]
    public void CanRegressOnLogX()
    {
        var rule = Rule with { SlopeOnLogX = true };
        var result = rule.Decide(Ratios(1, 1, 1, 1, 1.5, 2, 2.5, 3));
        Assert.Equal(Verdict.Fail, result.Verdict);
        Assert.Contains("on ln x", rule.Describe());
        Assert.Contains("on x over", Rule.Describe());
        // ratio = (n/256)^0.5 on the held-out n = 512…4096: the slope on ln n is 0.5 exactly.
        var power = SampleSizes.Select((n, i) => Point(n, Shape(n), Enumerable.Repeat(Shape(n) * Math.Sqrt(Math.Max(1, n / 256)), 3).ToArray())).ToArray();
        Assert.Contains("on ln x over the held-out points 0.5 [0.5, 0.5]", rule.Decide(power).Detail);
    }

    [Fact]
    public void TheConstantIsTheLargestCalibrationRatioAsDecideUsesIt()
    {
        // Calibration = the lowest 4 of 8 points; each estimate is the geometric mean of (0.9, 1, 1.1)·ratio·shape.
        RulePoint[] points = Ratios(1, 1.2, 1.1, 0.9, 2, 2, 2, 2);
        Assert.Equal(1.2 * Math.Cbrt(0.99), Rule.Constant(points), 1e-12);
        Assert.Equal(4, Rule.CalibrationCount(8));
        Assert.True(double.IsNaN(Rule.Constant(points.Take(4).ToArray())));
    }

    [Fact]
    public void TheTextIsTheRules()
        => AssertOwnText(Rule with { CalibrationFraction = 0.375, Tolerance = 0.3, MinimumHeldOut = 4 }, Ratios(1, 1, 1, 1, 1, 1, 1, 1),
            ["m*", "log(2n/δ)", 0.375, 0.3, "fewer than 4 held-out", .. Parameters(Rule.Bootstrap)]);
}
