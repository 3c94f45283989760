using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

public class BoundAlwaysHoldsRuleTests
{
    private static readonly BoundAlwaysHoldsRule Rule = new("‖∂h_T/∂u‖", 1e-12, "measurements");

    [Fact]
    public void DecidesOnTheWorstRatio()
    {
        Assert.Equal(Verdict.Pass, Rule.Decide([new(0.5, 1), new(2, 2), new(3, double.PositiveInfinity)]).Verdict);
        var fail = Rule.Decide([new(0.5, 1), new(2 * (1 + 1e-9), 2)]);
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.Equal(1 + 1e-9, fail.Value, 1e-15);
        Assert.Contains("index 1", fail.Detail);
        Assert.Equal(Verdict.Pass, Rule.Decide([new(2 * (1 + 5e-13), 2)]).Verdict); // rounding slack
        Assert.Equal(Verdict.Fail, Rule.Decide([new(1e-300, 0)]).Verdict);
        Assert.Equal(Verdict.Fail, Rule.Decide([new(double.NaN, 1)]).Verdict);
        var vacuous = Rule.Decide([new(1, double.PositiveInfinity)]);
        Assert.Equal(Verdict.Inconclusive, vacuous.Verdict);
        Assert.Contains("+∞", vacuous.Reason);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([]).Verdict);
        Assert.Equal(Verdict.Inconclusive, Rule.Decide([new(0.5, 1), new(0.5, double.NaN)]).Verdict); // a bound not evaluated
        Assert.Equal(Verdict.Fail, Rule.Decide([new(2, 1), new(0.5, double.NaN)]).Verdict);
    }

    [Fact]
    public void ALowerEnvelopeIsNeverFailedByExceedingIt()
    {
        var envelope = Rule with { LowerEnvelope = "it leaves out a term" };
        Assert.Equal(Verdict.Pass, envelope.Decide([new(0.5, 1), new(2, 2)]).Verdict);
        var above = envelope.Decide([new(0.5, 1), new(3, 2)]);
        Assert.Equal(Verdict.Inconclusive, above.Verdict);
        Assert.Equal(1.5, above.Value, 15);
        Assert.Contains("lower envelope", above.Reason);
        Assert.Equal(Verdict.Inconclusive, envelope.Decide([new(double.PositiveInfinity, 2)]).Verdict); // a diverged run
        Assert.Equal(Verdict.Fail, envelope.Decide([new(double.NaN, 2)]).Verdict);
        Assert.Contains("it leaves out a term", envelope.Describe());
        AssertControlsPass(envelope.Decide([new(0.5, 1), new(2, 2)]), expectedCount: 4);
    }

    [Fact]
    public void ADivergenceFailsALowerEnvelopeWhoseRuleIsToldWhy()
    {
        var envelope = Rule with { LowerEnvelope = "it leaves out a term", DivergenceFails = "it cannot diverge here" };
        var diverged = envelope.Decide([new(0.5, 1), new(double.PositiveInfinity, 2, Diverged: true)]);
        Assert.Equal(Verdict.Fail, diverged.Verdict);
        Assert.Contains("index 1", diverged.Reason);
        Assert.Contains("it cannot diverge here", diverged.Reason);
        Assert.Equal(Verdict.Inconclusive, envelope.Decide([new(double.PositiveInfinity, 2)]).Verdict); // above, not diverged
        AssertControlsPass(envelope.Decide([new(0.5, 1), new(2, 2)]), expectedCount: 5);
        // A rule not told why a divergence fails refuses one, rather than judging it as a number.
        Assert.Throws<ArgumentException>(() => Rule.Decide([new(1, 2, Diverged: true)]));
        Assert.Throws<ArgumentException>(() => (Rule with { LowerEnvelope = "x" }).Decide([new(1, 2, Diverged: true)]));
    }

    [Fact]
    public void TheTextSaysWhatCanAndCannotFail()
    {
        var envelope = Rule with { LowerEnvelope = "it leaves out a term", DivergenceFails = "it cannot diverge here" };
        string text = envelope.Describe();
        Assert.Contains(envelope.FailureScope(), text);
        Assert.Contains("above its bound is INCONCLUSIVE, never a FAIL", text);
        Assert.Contains("Only a run that diverged", text);
        Assert.Contains("it cannot diverge here", text);
        Assert.DoesNotContain("diverged", Rule.Describe()); // an exact rule without divergence says nothing of it
        Assert.Contains("Only a ‖∂h_T/∂u‖ that is NaN can FAIL this rule", (Rule with { LowerEnvelope = "x" }).Describe());
    }

    [Fact]
    public void ControlsPassOnC2sGridAndTheTextIsTheRules()
    {
        var c2 = Enumerable.Range(1, 64).Select(t => new BoundPoint(0.9 * MemoryFactor.Evaluate(1.2, t), MemoryFactor.Evaluate(1.2, t))).ToArray();
        AssertControlsPass(Rule.Decide(c2));
        AssertControlsPass(Rule.Decide([new(0, 0), new(1, 1)]));
        AssertOwnText(Rule with { RelativeSlack = 2e-11, SampleUnit = "training steps" }, c2, "‖∂h_T/∂u‖", 2e-11, "training steps");
    }
}
