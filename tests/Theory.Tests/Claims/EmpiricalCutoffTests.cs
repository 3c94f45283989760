using Repro.Theory.Claims;

namespace Repro.Theory.Tests.Claims;

public class EmpiricalCutoffTests
{
    private static (double, VerdictResult) At(double lambda, Verdict verdict) => (lambda, new VerdictResult { Verdict = verdict, Rule = "the drift rule", Kind = CheckKind.Rate, DecidingQuantity = "slope", Value = 0 });

    [Fact]
    public void GrowthFromOneOnIsACutoffAtOne()
    {
        string text = EmpiricalCutoff.Describe([At(1.2, Verdict.Fail), At(0.5, Verdict.Pass), At(0.8, Verdict.Pass), At(1, Verdict.Fail)]);
        Assert.Contains("bounded in T for λ = 0.5, 0.8; grows with T for λ = 1, 1.2", text);
        Assert.Contains("lies in (0.8, 1], which contains the theorem's λ = 1", text);
        Assert.Contains("the drift rule", text);
    }

    [Fact]
    public void GrowthOnlyAboveOneIsNotAtOne()
        => Assert.Contains("lies in (1, 1.2], which does not contain the theorem's λ = 1",
            EmpiricalCutoff.Describe([At(0.5, Verdict.Pass), At(1, Verdict.Pass), At(1.2, Verdict.Fail)]));

    [Fact]
    public void AnUndeterminedLambdaLeavesTheCutoffOpen()
        => Assert.Contains("cannot be said on this grid", EmpiricalCutoff.Describe([At(0.5, Verdict.Pass), At(1, Verdict.Inconclusive)]));

    [Fact]
    public void GrowthThatIsNotMonotoneInLambdaIsSaid()
        => Assert.Contains("not monotone", EmpiricalCutoff.Describe([At(0.5, Verdict.Fail), At(0.8, Verdict.Pass), At(1, Verdict.Fail)]));
}
