using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Claims;

/// <summary>C5's analysis on hand-made outcomes with a known answer: PASS, FAIL and INCONCLUSIVE each at least once.</summary>
public class Claim5IterationsTests
{
    private static readonly ExperimentScope Review = new(Profile.Review, [ModelNames.Diagonal], Seeds: 3);

    /// <summary>A deterministic ±15% spread over (draw, seed, n, m), so intervals have a width.</summary>
    private static double Jitter(TrainingUnit u) => 1 + 0.15 * Math.Sin(7.1 * u.Seed + 3.3 * u.Task.DataSeed + 0.7 * u.Task.SampleCount + 0.3 * u.Width);

    /// <summary>τ* = 20/ε·jitter: 100 at ε = 0.2, 1000 at the sweeps' ε = 0.02, 10⁴ at 0.002, flat in n and m.</summary>
    private static int Flat(TrainingUnit u) => (int)(20 / u.RelativeTarget * Jitter(u));

    /// <summary>
    /// Var = 1, ν̄_eff = 1, η = 0.01 and R̂(Θ̄) = 0.001 (≤ ε/2 at every ε): B = 1/(2·0.01·(ε − 0.001)), 251 at ε = 0.2,
    /// 2632 at 0.02, 50000 at 0.002, so <see cref="Flat"/> is at 0.17–0.46 of B.
    /// </summary>
    private static TrainingOutcome Run(TrainingUnit u, int steps, double stepSize = 0.01, double comparatorLoss = 0.001, int? divergedAt = null)
        => CannedResults.Training(steps, divergedAt is null, 0.5, comparatorLoss, stepSize, divergedAt: divergedAt);

    private static ModelAnalysis Analyse(Func<TrainingUnit, TrainingOutcome> outcome, ExperimentScope? scope = null)
        => new Claim5Iterations().Analyse(scope ?? Review, CannedResults.ForCutoff(outcome)).Models[0];

    [Fact]
    public void IterationsBelowTheBoundAndFlatInNAndMPass()
    {
        var analysis = Analyse(u => Run(u, Flat(u)));
        var verdict = analysis.Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Pass, verdict.Verdict);
        Assert.NotEmpty(verdict.Controls);
        Assert.All(verdict.Controls, c => Assert.True(c.Passed, c.Name));
        // Every distinct run is judged once by (a): the point the three sweeps share is not counted three times.
        int runs = new Claim5Iterations().Plan(Review).OfType<TrainingUnit>().Count();
        Assert.Contains($"over {runs} runs inside", verdict.Detail);
        var iterations = analysis.Figures.Single(f => f.Id == "C5-v2-iterations");
        Assert.Contains(iterations.Series, s => s.Kind == SeriesKind.Bound);
        Assert.All(iterations.Series.Single(s => s.Kind == SeriesKind.Measured).Points, p => Assert.InRange(p.Slack!.Value, 0.15, 0.5));
    }

    [Fact]
    public void OneRunAboveItsBoundDecidesWhateverTheAverage()
    {
        // B = 2632 at the sweeps' ε; one run of the m sweep takes 3000 steps, all others are flat. B is a lower envelope
        // of the theorem's τ(ε), so the run above it makes (a) INCONCLUSIVE, not a FAIL.
        var verdict = Analyse(u => Run(u, u.Width == 1024 && u.Seed == 0 && u.Task.DataSeed == 500 ? 3000 : Flat(u))).Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("lower envelope", verdict.Reason);
        Assert.StartsWith("(a)", verdict.DecidingQuantity);
    }

    private static bool Marked(TrainingUnit u) => u.RelativeTarget == 0.1 && u.Seed == 1 && u.Task.DataSeed == 502;

    [Fact]
    public void ADivergedRunInsideTheHypothesesFails()
    {
        // Projected GD with the theorem's η cannot diverge inside the ball, so the one way the lower envelope can FAIL.
        var verdict = Analyse(u => Marked(u) ? Run(u, 50, divergedAt: 50) with { PathCurvature = new PathCurvatureRecord(double.NaN, 1.0) } : Run(u, Flat(u))).Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(a)", verdict.DecidingQuantity);
        Assert.Contains("diverged", verdict.Reason);
    }

    [Fact]
    public void ADivergedRunOutsideTheHypothesesDoesNotFail()
    {
        // The same divergence where the comparator does not certify ε/2, or where η is unstable at the averaged iterate: not judged.
        var uncertified = Analyse(u => Marked(u) ? Run(u, 50, comparatorLoss: 0.3, divergedAt: 50) : Run(u, Flat(u))).Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Pass, uncertified.Verdict);
        var unstable = Analyse(u => Marked(u) ? Run(u, 50, divergedAt: 50) with { PathCurvature = new PathCurvatureRecord(double.NaN, 1000.0) } : Run(u, Flat(u)));
        Assert.Equal(Theory.Claims.Verdict.Pass, unstable.Verdict!.Verdict);
        Assert.StartsWith("1 of the ", unstable.Settings.Single(s => s.Name.Contains("path check")).Value);
    }

    [Fact]
    public void ASizeWhoseRunsDoNotReachEpsilonIsNotDroppedIntoAPass()
    {
        // τ* flat, but at the largest n no run reaches ε: a lower bound, so (b) cannot PASS on the sizes that are left.
        var analysis = Analyse(u => u.Task.SampleCount == 256 && u.Width == 256
            ? Run(u, u.MaxSteps, stepSize: 1e-6) with { ReachedTarget = false }
            : Run(u, Flat(u), stepSize: 1e-6));
        Assert.NotEqual(Theory.Claims.Verdict.Pass, analysis.Verdict!.Verdict);
    }

    [Fact]
    public void IterationsGrowingWithNFail()
    {
        // τ* ∝ n: a factor 8 over the tail n = 32…256, far above the rule's factor 2; η tiny so that B is never reached.
        var verdict = Analyse(u => Run(u, (int)(Flat(u) * u.Task.SampleCount / 32.0), stepSize: 1e-6)).Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(b)", verdict.DecidingQuantity);
    }

    [Fact]
    public void IterationsGrowingWithMFail()
    {
        // τ* ∝ m: a factor 8 over the tail m = 128…1024; η tiny so that B is never reached.
        var verdict = Analyse(u => Run(u, (int)(Flat(u) * u.Width / 64.0), stepSize: 1e-6)).Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(c)", verdict.DecidingQuantity);
    }

    [Fact]
    public void ACensoredRunBelowItsBoundIsUndecidableNotAFailure()
    {
        // η = 10⁻⁴: B = 1/(2·10⁻⁴·(ε − 0.001)) ≥ 2.5·10⁴; at ε = 0.002 (B = 5·10⁶ > τ_max) no run reaches ε: that ε is not judged.
        var analysis = Analyse(u => u.RelativeTarget == 0.002
            ? CannedResults.Training(40000, false, 0.5, 0.001, 1e-4)
            : Run(u, Flat(u), stepSize: 1e-4));
        Assert.Equal(Theory.Claims.Verdict.Pass, analysis.Verdict!.Verdict);
        var point = analysis.Figures.Single(f => f.Id == "C5-v2-iterations").Series[0].Points.Single(p => p.X == 0.002);
        Assert.True(point.Censored);
    }

    [Fact]
    public void NoComparatorInsideTheHypothesesIsInconclusive()
    {
        // R̂(Θ̄) = 0.3 > ε/2 at every ε: nothing is judged; every measured point is drawn outside the hypotheses.
        var analysis = Analyse(u => Run(u, Flat(u), comparatorLoss: 0.3));
        Assert.Equal(Theory.Claims.Verdict.Inconclusive, analysis.Verdict!.Verdict);
        Assert.Equal("(a) with constants: nothing measured", analysis.Verdict.Reason); // (a): no run inside the hypotheses; the reason names its part
        Assert.Contains("no tail point inside the theorem's hypotheses", analysis.Verdict.Detail); // (b), (c)
        Assert.All(analysis.Figures.Where(f => f.Id is "C5-v2-iterations" or "C5-v2-samples" or "C5-v2-widths")
            .SelectMany(f => f.Series).Where(s => s.Kind == SeriesKind.Measured).SelectMany(s => s.Points), p => Assert.True(p.OutsideHypotheses));
    }

    [Fact]
    public void TheEpsilonSweepSpansTwoDecadesAndHoldsTheSweepsTarget()
    {
        foreach (Profile profile in new[] { Profile.Smoke, Profile.Review, Profile.Full })
            Assert.Contains(Claim5Iterations.SweepTarget, Claim5Iterations.Targets(new ExperimentScope(profile, [ModelNames.Diagonal])));
        double[] review = Claim5Iterations.Targets(Review);
        Assert.True(review.Max() / review.Min() >= 100 * (1 - 1e-12), "ε over the ≥ 2 decades of CLAIM-TESTS.md");
    }

    [Fact]
    public void TheBaseRecordsEveryUnitKeyReadAndV1IsDescriptive()
    {
        var both = new ExperimentScope(Profile.Smoke, [ModelNames.FullMatrix, ModelNames.Diagonal]);
        var analysis = new Claim5Iterations().Analyse(both, CannedResults.ForCutoff(u => Run(u, Flat(u))));
        var plan = new Claim5Iterations().Plan(both);
        Assert.Equal(plan.Count, plan.Distinct().Count());
        Assert.Equal(plan.Count, analysis.Models.Sum(m => m.UnitKeys.Count));
        Assert.NotNull(analysis.Models.Single(m => m.Model == ModelNames.FullMatrix).DescriptiveReason);
        Assert.Null(analysis.Models.Single(m => m.Model == ModelNames.Diagonal).DescriptiveReason);
    }
}
