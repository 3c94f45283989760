using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class SuccessFrequencyRuleTests
{
    private static readonly SuccessFrequencyRule Rule = new("R̂ ≤ ε", 0.1);

    [Fact]
    public void PassesFailsAndIsInconclusiveOnKnownCounts()
    {
        Assert.Equal(Verdict.Pass, Rule.Decide([new(32, 20, 20), new(64, 18, 20)]).Verdict); // 0.9 ≥ 0.9
        var fail = Rule.Decide([new(32, 20, 20), new(64, 10, 20)]); // CP upper of 10/20 ≈ 0.72 < 0.9
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.Equal(0.5, fail.Value);
        Assert.True(fail.CiHigh < 0.9);
        var straddle = Rule.Decide([new(32, 20, 20), new(64, 17, 20)]); // 0.85 < 0.9, CP upper ≈ 0.97
        Assert.Equal(Verdict.Inconclusive, straddle.Verdict);
        Assert.Contains("x = 64", straddle.Reason);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([]).Verdict);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([new(32, 0, 0)]).Verdict);
    }

    [Fact]
    public void ControlsPassOnC3sGrid()
    {
        AssertControlsPass(Rule.Decide(SampleSizes.Select(n => new SuccessCount(n, 12, 12)).ToArray()));
        AssertControlsPass((Rule with { Delta = 0.05 }).Decide(SampleSizes.Select(n => new SuccessCount(n, 0, 20)).ToArray()));
    }

    [Fact]
    public void TheTextIsTheRules()
        => AssertOwnText(Rule with { Delta = 0.05, ConfidenceLevel = 0.9 }, [new SuccessCount(32, 3, 4)], ["R̂ ≤ ε", 0.05, 0.95, "90%"]);
}
