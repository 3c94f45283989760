using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class ExactRuleTests
{
    private static readonly ExactRule Rule = new("|F(X; Θ(0))|", 0, "seeds");

    [Fact]
    public void PassesOnZeroFailsOnAnyExcessOrNaNAndIsInconclusiveOnNothing()
    {
        Assert.Equal(Verdict.Pass, Rule.Decide([0.0, -0.0, 0.0]).Verdict);
        var fail = Rule.Decide([0.0, -1e-300]);
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.Equal(1e-300, fail.Value);
        Assert.Equal(Verdict.Fail, Rule.Decide([0.0, double.NaN]).Verdict);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([]).Verdict);
        var tolerant = Rule with { Tolerance = 1e-15 };
        Assert.Equal(Verdict.Pass, tolerant.Decide([1e-15, -1e-15]).Verdict);
        Assert.Equal(Verdict.Fail, tolerant.Decide([1.01e-15]).Verdict);
    }

    [Fact]
    public void ControlsPassAndTheTextIsTheRules()
    {
        AssertControlsPass(Rule.Decide(new double[10]));
        AssertControlsPass((Rule with { Tolerance = 1e-12 }).Decide([]));
        AssertOwnText(Rule with { Tolerance = 3e-14 }, [1.0], "|F(X; Θ(0))|", 3e-14, "seeds");
    }
}
