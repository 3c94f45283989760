using Repro.Theory.Claims;

namespace Repro.Theory.Tests.Claims;

public class FrequencyRuleTests
{
    [Theory]
    [InlineData(0, 280, Verdict.Pass)]        // CI [0, 0.013] below 0.05
    [InlineData(3, 280, Verdict.Pass)]        // CI ≈ [0.002, 0.031]
    [InlineData(14, 280, Verdict.Inconclusive)]  // 5% observed: straddles
    [InlineData(40, 280, Verdict.Fail)]       // CI ≈ [0.10, 0.19] above 0.05
    [InlineData(0, 10, Verdict.Inconclusive)] // CI [0, 0.31]: too few runs to tell
    public void DecidesOnTheExactBinomialInterval(int events, int trials, Verdict expected)
    {
        VerdictResult result = VerdictRules.FrequencyAtMost("union-bound violations", events, trials, 0.05);
        Assert.Equal(expected, result.Verdict);
        Assert.True(result.CiLow <= (double)events / trials && (double)events / trials <= result.CiHigh);
    }

    [Fact]
    public void ClopperPearsonMatchesAKnownValue()
    {
        // 0 of 280: upper end = 1 − 0.025^(1/280) ≈ 0.013088.
        VerdictResult result = VerdictRules.FrequencyAtMost("violations", 0, 280, 0.05);
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 280), result.CiHigh!.Value, 6);
        Assert.Equal(0, result.CiLow);
        Assert.StartsWith("PASS: frequency of violations 0 ∈ [0, 0.0131]", result.Describe());
    }
}
