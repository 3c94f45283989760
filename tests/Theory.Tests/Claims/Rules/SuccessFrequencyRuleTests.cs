using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class SuccessFrequencyRuleTests
{
    private static readonly SuccessFrequencyRule Rule = new("R̂ ≤ ε", 0.1);

    /// <summary>The one-sided Clopper–Pearson upper bound at level L, from the two-sided interval at 2L − 1.</summary>
    private static double Upper(int k, int n, double level) => ClopperPearson.Interval(k, n, 2 * level - 1).High;

    [Fact]
    public void PassesFailsAndIsInconclusiveOnKnownCounts()
    {
        // Two judged x: the FAIL side is one-sided at 1 − 0.05/2 = 0.975.
        var pass = Rule.Decide([new(32, 30, 30), new(64, 27, 30)]); // 0.9 ≥ 0.9
        Assert.Equal(Verdict.Pass, pass.Verdict);
        Assert.Equal(0.9, pass.Value, 12);
        Assert.Equal(1.0, pass.CiHigh);
        var fail = Rule.Decide([new(32, 30, 30), new(64, 15, 30)]);
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.Equal(0.5, fail.Value);
        Assert.Equal(0.975, fail.ConfidenceLevel!.Value, 12);
        Assert.Equal(Upper(15, 30, 0.975), fail.CiHigh!.Value, 12);
        var straddle = Rule.Decide([new(32, 30, 30), new(64, 25, 30)]); // 0.83 < 0.9, upper bound above 0.9
        Assert.Equal(Verdict.Inconclusive, straddle.Verdict);
        Assert.Contains("x = 64", straddle.Reason);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([]).Verdict);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([new(32, 0, 0)]).Verdict);
    }

    [Fact]
    public void TheFailSideIsBonferroniCorrectedOverTheJudgedX()
    {
        // 20 of 30 at one x: its one-sided upper bound is below 0.9 at 95% and at 1 − 0.05/3, but not at 1 − 0.05/8.
        Assert.True(Upper(20, 30, 1 - 0.05 / 3) < 0.9);
        Assert.True(Upper(20, 30, 1 - 0.05 / 8) > 0.9 || Upper(19, 30, 1 - 0.05 / 8) < 0.9);
        int threshold3 = Rule.FailThreshold(30, 3), threshold8 = Rule.FailThreshold(30, 8);
        Assert.True(Upper(threshold8, 30, 1 - 0.05 / 8) < 0.9);
        Assert.True(Upper(threshold8 + 1, 30, 1 - 0.05 / 8) >= 0.9);
        Assert.True(threshold8 < threshold3, "more judged x, a stricter FAIL");
        SuccessCount[] Grid(int judged, int k) => [.. Enumerable.Range(0, judged).Select(i => new SuccessCount(32 << i, i == 0 ? k : 30, 30))];
        Assert.Equal(Verdict.Fail, Rule.Decide(Grid(3, threshold3)).Verdict);
        var uncorrected = Rule.Decide(Grid(8, threshold3)); // would FAIL with 3 judged x; with 8 it must not
        Assert.NotEqual(Verdict.Fail, uncorrected.Verdict);
        Assert.Equal(1 - 0.05 / 8, Rule.FailLevel(8), 12);
        Assert.Contains("Bonferroni", Rule.Describe());
    }

    [Fact]
    public void CensoredRunsSupportNeitherAPassNorAFail()
    {
        // All censored: 0 successes on the PASS side, all successes on the FAIL side.
        var allCensored = Rule.Decide([new(32, 0, 30, Censored: 30), new(64, 0, 30, Censored: 30)]);
        Assert.Equal(Verdict.Inconclusive, allCensored.Verdict);
        Assert.Contains("censored", allCensored.Reason);
        // 27 successes + 3 censored of 30: as failures the PASS side has 0.9 → PASS; with 4 censored, 26/30 < 0.9: no PASS.
        Assert.Equal(Verdict.Pass, Rule.Decide([new(32, 27, 30, Censored: 3)]).Verdict);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([new(32, 26, 30, Censored: 4)]).Verdict);
        // 15 definite failures FAIL; the same 15 runs censored do not.
        Assert.Equal(Verdict.Fail, Rule.Decide([new(32, 15, 30)]).Verdict);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([new(32, 15, 30, Censored: 15)]).Verdict);
        Assert.Throws<ArgumentException>(() => Rule.Decide([new(32, 20, 30, Censored: 11)]));
    }

    [Fact]
    public void AtC3sReviewCountsTheFailControlHasNoPowerSoEverySuccessIsInconclusive()
    {
        // n = 2⁵…2¹²: 20 runs at six n, 16 at the two largest. p = 0.7 at 16 runs is 11 successes, whose one-sided upper
        // bound at 1 − 0.05/8 is ≈ 0.92 > 0.9: the rule cannot FAIL it, so it has no power there.
        SuccessCount[] review = [.. SampleSizes.Select(n => new SuccessCount(n, n > 1024 ? 16 : 20, n > 1024 ? 16 : 20))];
        var verdict = Rule.Decide(review);
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("no power", verdict.Reason);
        var control = Assert.Single(verdict.Controls, c => c.Expected == Verdict.Fail);
        Assert.False(control.Passed);
        Assert.Contains("0.7", control.Name);
        Assert.Contains("x = 4096", control.Name);
        Assert.True(Upper(11, 16, 1 - 0.05 / 8) > 0.9);
        Assert.False(Rule.Detects(16, 8));
        Assert.False(Rule.Detects(20, 8));
        // The count that gives the power: from N on (checked to 2N) every N detects 0.7; one fewer does not.
        int needed = Rule.RunsForPower(8);
        Assert.All(Enumerable.Range(needed, needed + 1), t => Assert.True(Rule.Detects(t, 8), $"N = {t}"));
        Assert.Contains(Enumerable.Range(needed - 1, needed), t => !Rule.Detects(t, 8));
        Assert.InRange(needed, 21, 40);
    }

    [Fact]
    public void ControlsPassWhereTheRuleHasPower()
    {
        int needed = Rule.RunsForPower(SampleSizes.Length);
        AssertControlsPass(Rule.Decide(SampleSizes.Select(n => new SuccessCount(n, needed, needed)).ToArray()));
        AssertControlsPass(Rule.Decide(SampleSizes.Select(n => new SuccessCount(n, 40, 40)).ToArray()));
        var pass = Rule.Decide(SampleSizes.Select(n => new SuccessCount(n, 40, 40)).ToArray());
        Assert.Equal(Verdict.Pass, pass.Verdict);
        // The FAIL control sits at the x with the fewest runs (the weakest), not where the counts are largest.
        var mixed = Rule.Decide(SampleSizes.Select(n => new SuccessCount(n, n == 64 ? 20 : 40, n == 64 ? 20 : 40)).ToArray());
        Assert.Contains(mixed.Controls, c => c.Expected == Verdict.Fail && c.Name.Contains("x = 64") && !c.Passed);
        Assert.Equal(Verdict.Inconclusive, mixed.Verdict);
    }

    [Fact]
    public void ThePowerTextIsWhatClopperPearsonGives()
    {
        Assert.StartsWith("N = 20: PASS at k ≥ 18, FAIL at k + censored ≤ 13 (8 x judged), cannot detect p = 0.7; ", Rule.Power(20, 8));
        // The PASS side's error at p = 0.8: P(Bin(20, 0.8) ≥ 18) = 0.2061 (binomial tail by hand: 0.1369 + 0.0576 + 0.0115).
        Assert.Contains("1 − 2δ = 0.8 at one x still PASSes with probability 0.206", Rule.Power(20, 8));
        Assert.Equal(0.20608, Rule.PassChance(20, 0.8), 4);
        Assert.Equal(1, Rule.PassChance(20, 1));
        Assert.True(Upper(13, 20, 1 - 0.05 / 8) < 0.9);
        Assert.True(Upper(14, 20, 1 - 0.05 / 8) >= 0.9);
        Assert.Contains("no k can FAIL", Rule.Power(1, 8));
    }

    [Fact]
    public void TheTextIsTheRules()
        => AssertOwnText(Rule with { Delta = 0.05, ConfidenceLevel = 0.9 }, [new SuccessCount(32, 3, 4)], ["R̂ ≤ ε", 0.05, 0.95, 0.9, "90%", 0.85]);

    [Fact]
    public void ThePassChanceDoesNotUnderflowAtLargeRunCounts()
    {
        // (1 − 0.95)^1000 underflows; in logs the tail P(Bin(1000, 0.95) ≥ 900) ≈ 1 survives.
        Assert.InRange(Rule.PassChance(1000, 0.95), 0.999, 1.0);
        Assert.InRange(Rule.PassChance(1000, 0.8), 0.0, 1e-12);
    }

    [Fact]
    public void AnInconclusiveReasonSpeaksOfTheCensoringOfTheXItNames()
    {
        // x = 1 is the lowest (8/10, nothing censored); x = 2 has a censored run: the reason is x = 1's, within its interval.
        VerdictResult v = Rule.Decide([new SuccessCount(1, 8, 10), new SuccessCount(2, 8, 10, 1)]);
        Assert.Equal(Verdict.Inconclusive, v.Verdict);
        Assert.Contains("below 1 − δ at x = 1, within its interval", v.Reason);
    }
}
