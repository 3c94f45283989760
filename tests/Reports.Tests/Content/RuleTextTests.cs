using Repro.Reports.Content;
using Repro.Theory.Claims;

namespace Repro.Reports.Tests.Content;

/// <summary>The controls line under a verdict: listed when few, counted (naming only the wrong ones) when a verdict has many parts.</summary>
public class RuleTextTests
{
    private static VerdictResult With(params ControlOutcome[] controls) => new()
    {
        Verdict = Verdict.Pass, Kind = CheckKind.Bound, Rule = "r", DecidingQuantity = "q", Value = 1, Controls = controls,
    };

    [Fact]
    public void FewControlsAreListed()
        => Assert.Equal("Rule controls on this grid: flat → PASS ✓, fast → FAIL ✓, edge → INCONCLUSIVE.",
            RuleText.Controls(With(new("flat", Verdict.Pass, Verdict.Pass), new("fast", Verdict.Fail, Verdict.Fail), new("edge", null, Verdict.Inconclusive))));

    [Fact]
    public void ManyControlsAreCountedAndOnlyTheWrongOnesNamed()
    {
        var controls = Enumerable.Range(0, 8).Select(i => new ControlOutcome($"c{i}", Verdict.Pass, Verdict.Pass))
            .Append(new ControlOutcome("(b) fast", Verdict.Fail, Verdict.Inconclusive)).Append(new ControlOutcome("edge", null, Verdict.Pass)).ToArray();
        string line = RuleText.Controls(With(controls))!;
        Assert.StartsWith("Rule controls on this grid: 8 of 9 required verdicts given (1 borderline controls, any verdict allowed); wrong: (b) fast → INCONCLUSIVE ✗ (must be FAIL).", line);
        Assert.Contains("cannot be trusted", line);
        Assert.DoesNotContain("c3", line);
    }
}
