using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class WorseOfRuleTests
{
    private static readonly WorseOfRule<IReadOnlyList<double>, IReadOnlyList<SuccessCount>> Rule =
        new("(i) exact", new ExactRule("|F|"), "(ii) frequency", new SuccessFrequencyRule("success", 0.1));

    [Fact]
    public void TakesTheWorsePartAndKeepsBothTextsAndControls()
    {
        var pass = Rule.Decide([0.0], [new SuccessCount(1, 20, 20)]);
        Assert.Equal(Verdict.Pass, pass.Verdict);
        var inconclusive = Rule.Decide([0.0], [new SuccessCount(1, 17, 20)]);
        Assert.Equal(Verdict.Inconclusive, inconclusive.Verdict);
        Assert.StartsWith("(ii) frequency: ", inconclusive.Reason);
        var fail = Rule.Decide([1.0], [new SuccessCount(1, 17, 20)]);
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.Equal(1.0, fail.Value);
        Assert.Contains("(i) exact: FAIL", fail.Detail);
        Assert.Contains("(ii) frequency: INCONCLUSIVE", fail.Detail);
        Assert.Equal(6, fail.Controls.Count);
        Assert.True(fail.Controls.All(c => c.Passed));
        Assert.Equal(3, fail.Controls.Count(c => c.Name.StartsWith("(ii) frequency: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheTextIsBothParts()
    {
        AssertOwnText(Rule, ([0.0], [new SuccessCount(1, 20, 20)]), ["(i) exact", "(ii) frequency"]);
        Assert.Contains(Rule.First.Describe(), Rule.Describe());
        Assert.Contains(Rule.Second.Describe(), Rule.Describe());
    }
}
