using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims;

public class EnvelopeBudgetTests
{
    private const int MaxSteps = 10000;

    private static readonly ShapeEnvelopeRule Rule = new("τ*", "ν̄²S_T(λ)²", Bootstrap("budget"));

    private static readonly double[] T = [2, 4, 8, 12, 16, 20, 24, 28, 32];

    /// <summary>τ* = min(τ(T), τ_max + 1) over 3 draws (×0.8, ×1, ×1.25), censored where τ(T) exceeds τ_max; shape(T).</summary>
    private static RulePoint[] Points(Func<double, double> tau, Func<double, double> shape)
        => T.Select(t =>
        {
            bool censored = tau(t) > MaxSteps;
            double v = censored ? MaxSteps + 1.0 : tau(t);
            return new RulePoint(t, [[0.8 * v], [v], [1.25 * v]], shape(t), true, censored);
        }).ToArray();

    private static VerdictResult Annotated(RulePoint[] points) => EnvelopeBudget.Annotate(Rule, points, MaxSteps, Rule.Decide(points));

    [Fact]
    public void ACensoredCalibrationCannotFail()
    {
        // τ* censored from T = 8 on (within the calibration slice), the shape 10^T: C is a lower bound and the rule cannot FAIL.
        var result = Annotated(Points(t => Math.Pow(10, t), t => Math.Pow(10, t)));
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.StartsWith("cannot FAIL at this τ_max (τ* censored at τ_max = 10000 at 7 of 9 points, from T = 8, so C is only a lower bound; the envelope needs τ* > ", result.Reason);
        Assert.Contains("C is unknown", result.Reason); // the rule's own reason follows
    }

    [Fact]
    public void AnEnvelopeAboveTheBudgetAtEveryHeldOutPointCannotFail()
    {
        // τ* = 100 everywhere, measured; the shape grows ×10 per T: the envelope at the first held-out T is far above τ_max.
        var points = Points(_ => 100, t => Math.Pow(10, t / 4));
        var result = Annotated(points);
        Assert.Equal(Verdict.Pass, result.Verdict);
        double needed = Rule.Constant(points) * Math.Pow(10, 20.0 / 4) * (1 + Rule.Tolerance);
        Assert.Equal($"cannot FAIL at this τ_max (every τ* ≤ τ_max = 10000; the envelope needs τ* > {VerdictResult.Format(needed)})", result.Reason);
    }

    [Fact]
    public void AnEnvelopeWithinTheBudgetIsLeftAlone()
    {
        var points = Points(t => 100 * t, t => t);
        var decided = Rule.Decide(points);
        Assert.Equal(decided, EnvelopeBudget.Annotate(Rule, points, MaxSteps, decided));
    }

    [Fact]
    public void AFailIsLeftAlone()
    {
        // τ* ∝ the shape over the calibration slice (T ≤ 16), then ×e^((T−16)/4) faster, measured (≤ 1747 < τ_max): a FAIL keeps its reason.
        var points = Points(t => t <= 16 ? t : t * Math.Exp((t - 16) / 4), t => t);
        var decided = Rule.Decide(points);
        Assert.Equal(Verdict.Fail, decided.Verdict);
        Assert.Equal(decided, EnvelopeBudget.Annotate(Rule, points, MaxSteps, decided));
    }
}
