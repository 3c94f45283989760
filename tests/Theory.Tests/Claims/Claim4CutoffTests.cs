using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Claims;

/// <summary>C4's analysis on hand-made outcomes with a known answer: PASS, FAIL and INCONCLUSIVE each at least once.</summary>
public class Claim4CutoffTests
{
    private static readonly ExperimentScope Review = new(Profile.Review, [ModelNames.Diagonal], Seeds: 3);

    /// <summary>A deterministic ±15% spread over (draw, seed), so intervals have a width.</summary>
    private static double Jitter(TrainingUnit u) => 1 + 0.15 * Math.Sin(7.1 * u.Seed + 3.3 * u.Task.DataSeed + u.Task.SequenceLength);

    private static double Lambda(TrainingUnit u) => u.Task.ActivationScale * u.Task.RecurrentScale;

    private static Theory.Claims.VerdictResult Verdict(Func<TrainingUnit, TrainingOutcome> outcome)
        => new Claim4Cutoff().Analyse(Review, CannedResults.ForCutoff(outcome)).Models[0].Verdict!;

    [Fact]
    public void FlatIterationsWellBelowTheBoundPass()
    {
        var verdict = Verdict(u => CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)));
        Assert.Equal(Theory.Claims.Verdict.Pass, verdict.Verdict);
        Assert.NotEmpty(verdict.Controls);
        Assert.All(verdict.Controls, c => Assert.True(c.Passed, c.Name));
    }

    [Fact]
    public void IterationsGrowingBelowTheCutoffFail()
    {
        var verdict = Verdict(u => CannedResults.Training(
            (int)(20 * Jitter(u) * (Lambda(u) < 1 ? Math.Exp(0.2 * u.Task.SequenceLength) : 1)), true, Lambda(u), stepSize: 1e-6));
        Assert.Equal(Theory.Claims.Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(a)", verdict.DecidingQuantity);
    }

    [Fact]
    public void IterationsAboveTheConstantsBoundAreInconclusive()
    {
        // B = ν̄²/(2η·Var·(ε − R̂(Θ̄))) = 1/(2·0.01·0.04) = 1250; every run takes 4000 steps. B is a lower envelope of the
        // theorem's τ(ε) (it leaves out the linearization remainder), so exceeding it is not a FAIL.
        var verdict = Verdict(u => CannedResults.Training((int)(4000 * Jitter(u)), true, Lambda(u)));
        Assert.Equal(Theory.Claims.Verdict.Inconclusive, verdict.Verdict);
        Assert.StartsWith("(c)", verdict.DecidingQuantity);
        Assert.Contains("lower envelope", verdict.Reason);
    }

    [Fact]
    public void CensoredIterationsGrowingInTheUpperTailFailBelowTheCutoff()
    {
        // λ < 1: τ* = 20 up to T = 16, then no run reaches ε within τ_max (10⁴): the lower bounds 10⁴ + 1 lie in the upper
        // half of the tail, so they can only raise the slope, and the growth they show is a FAIL of (a).
        var verdict = Verdict(u => Lambda(u) < 1 && u.Task.SequenceLength >= 20
            ? CannedResults.Training(10000, false, Lambda(u), stepSize: 1e-6)
            : CannedResults.Training((int)(20 * Jitter(u)), true, Lambda(u), stepSize: 1e-6));
        Assert.Equal(Theory.Claims.Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(a)", verdict.DecidingQuantity);
        Assert.Contains("censored", verdict.Reason);
    }

    [Fact]
    public void CensoredIterationsNeverPass()
    {
        // The same τ* everywhere, but the runs at T = 32 hit τ_max: flat as far as measured, yet a censored point can
        // be arbitrarily large, so (a) is not a PASS.
        var verdict = Verdict(u => CannedResults.Training((int)(100 * Jitter(u)), u.Task.SequenceLength < 32, Lambda(u)));
        Assert.NotEqual(Theory.Claims.Verdict.Pass, verdict.Verdict);
    }

    [Fact]
    public void NoComparatorInsideTheHypothesesIsInconclusive()
    {
        // R̂(Θ̄) = 0.04 > ε/2 everywhere: (c) has no point inside the theorem's hypotheses; (a) and (b) pass.
        var analysis = new Claim4Cutoff().Analyse(Review, CannedResults.ForCutoff(u => CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u), comparatorLoss: 0.04)));
        var verdict = analysis.Models[0].Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("inside the theorem's hypotheses", verdict.Reason); // (a), (b) and (c) all have none
        Assert.All(analysis.Models[0].Figures.SelectMany(f => f.Series).Where(s => s.Kind == Theory.Claims.Analysis.SeriesKind.Measured && s.Name.StartsWith("measured")).SelectMany(s => s.Points),
            p => Assert.True(p.OutsideHypotheses));
    }

    [Fact]
    public void OneRunAboveTheConstantsBoundDecidesWhateverTheAverage()
    {
        // B = 1250 for every run; one run in the whole plan takes 3000 steps, all others 100: (c) is judged run by run.
        var verdict = Verdict(u => CannedResults.Training(u.Task.SequenceLength == 32 && u.Seed == 0 && u.Task.DataSeed == 400 && Lambda(u) == 0.5 ? 3000 : (int)(100 * Jitter(u)), true, Lambda(u)));
        Assert.Equal(Theory.Claims.Verdict.Inconclusive, verdict.Verdict);
        Assert.StartsWith("(c)", verdict.DecidingQuantity);
    }

    /// <summary>The one run at T = 2 (before every tail, inside every calibration slice), λ = 0.5, first draw, seed 0 — via route a and α alike.</summary>
    private static bool Marked(TaskSetting task, int seed) => task.SequenceLength == 2 && seed == 0 && task.DataSeed == 400 && task.ActivationScale * task.RecurrentScale == 0.5;

    private static TrainingOutcome Diverged(TrainingUnit u) => CannedResults.Training(50, false, Lambda(u), divergedAt: 50, path: new PathCurvatureRecord(double.NaN, 1.0));

    [Fact]
    public void ARunThatDivergesInsideTheHypothesesFails()
    {
        // Projected GD with the theorem's η cannot diverge inside the ball: (c) FAILs, although B is a lower envelope.
        var verdict = Verdict(u => Marked(u.Task, u.Seed) ? Diverged(u) : CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)));
        Assert.Equal(Theory.Claims.Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(c)", verdict.DecidingQuantity);
        Assert.Contains("diverged", verdict.Reason);
        Assert.Contains(ConstantsBound.DivergenceFails, verdict.Reason);
    }

    [Fact]
    public void ARunThatDivergesOutsideTheHypothesesDoesNotFail()
    {
        // The same divergence, once with η unstable at Θ(0) (η·λ_max = 10) and once with a comparator that does not certify ε/2: not judged.
        var unstable = new Claim4Cutoff().Analyse(Review, CannedResults.ForCutoff(
            u => Marked(u.Task, u.Seed) ? Diverged(u) : CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)),
            c => Marked(c.Task, c.Seed) ? 1000.0 : 1.0)).Models[0].Verdict!;
        Assert.Equal(Theory.Claims.Verdict.Pass, unstable.Verdict);
        var uncertified = Verdict(u => Marked(u.Task, u.Seed) ? Diverged(u) with { Comparator = new ComparatorRecord(0.04, 0.04, 1, 1) } : CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)));
        Assert.Equal(Theory.Claims.Verdict.Pass, uncertified.Verdict);
    }

    [Fact]
    public void ARunUnstableAlongItsPathIsOutsideTheHypothesesAndCounted()
    {
        // 4000 steps > B = 1250 would make (c) INCONCLUSIVE, but η·λ_max = 10 at its averaged iterate puts it outside the hypotheses.
        var analysis = new Claim4Cutoff().Analyse(Review, CannedResults.ForCutoff(u => Marked(u.Task, u.Seed)
            ? CannedResults.Training(4000, true, Lambda(u), path: new PathCurvatureRecord(1.0, 1000.0))
            : CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u))));
        Assert.Equal(Theory.Claims.Verdict.Pass, analysis.Models[0].Verdict!.Verdict);
        Assert.StartsWith("2 of the ", analysis.Models[0].Settings.Single(s => s.Name.Contains("path check")).Value); // one per route
        var stepsA = analysis.Models[0].Figures.Single(f => f.Id == "C4-v2-steps-via-a").Series.First(s => s.Name == "measured τ*, λ = 0.5");
        Assert.True(stepsA.Points.Single(p => p.X == 2).OutsideHypotheses);
        Assert.False(stepsA.Points.Single(p => p.X == 4).OutsideHypotheses);
        // The same run unstable at its last iterate only: outside too.
        var last = Verdict(u => Marked(u.Task, u.Seed)
            ? CannedResults.Training(4000, true, Lambda(u), path: new PathCurvatureRecord(1000.0, 1.0))
            : CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)));
        Assert.Equal(Theory.Claims.Verdict.Pass, last.Verdict);
        // Stable along its path, the run is judged, and is above B: INCONCLUSIVE.
        var stable = Verdict(u => Marked(u.Task, u.Seed)
            ? CannedResults.Training(4000, true, Lambda(u))
            : CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)));
        Assert.Equal(Theory.Claims.Verdict.Inconclusive, stable.Verdict);
    }

    [Fact]
    public void TheCurvatureFigureSaysWhereTheEmpiricalCutoffSits()
    {
        var analysis = new Claim4Cutoff().Analyse(Review, CannedResults.ForCutoff(u => CannedResults.Training(100, true, Lambda(u))));
        var curvature = analysis.Models[0].Figures.Where(f => f.Id.Contains("curvature")).ToArray();
        Assert.Equal(2, curvature.Length);
        // The canned curvature is 1 at every T: bounded for every λ, so the cutoff is not at λ = 1 on this grid.
        Assert.All(curvature, f => Assert.Contains("grows for no λ on this grid", f.Finding));
    }

    [Fact]
    public void TheCertifiedWidthIsInterpolatedBetweenOctaves()
    {
        // The canned comparator's R̂(Θ̄)/Var = 1/m crosses ε/2 = 0.025 at m = 40 exactly, between the octaves 32 and 64.
        var analysis = new Claim4Cutoff().Analyse(Review, CannedResults.ForCutoff(u => CannedResults.Training(100, true, Lambda(u))));
        var widths = analysis.Models[0].Figures.Where(f => f.Id.Contains("width")).SelectMany(f => f.Series).SelectMany(s => s.Points).ToArray();
        Assert.NotEmpty(widths);
        Assert.All(widths, p => Assert.Equal(40, p.Y, 1e-9));
    }

    [Fact]
    public void AnEnvelopeOutOfReachOfTheBudgetSaysItCannotFail()
    {
        // At and above the cutoff no run reaches ε within τ_max = 10⁴: the calibration is censored, C unknown, and (b) cannot FAIL.
        var verdict = Verdict(u => Lambda(u) >= 1
            ? CannedResults.Training(10000, false, Lambda(u))
            : CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)));
        Assert.Contains("(b) λ = 1 via a (ball λ ≤ 1): INCONCLUSIVE", verdict.Detail);
        Assert.Contains("cannot FAIL at this τ_max (τ* censored at τ_max = 10000 at 9 of 9 points, from T = 2, so C is only a lower bound; the envelope needs τ* > ", verdict.Detail);
    }

    [Fact]
    public void TheDetailListsEveryPartAndTheDescriptiveFindings()
    {
        var verdict = Verdict(u => CannedResults.Training((int)(100 * Jitter(u)), true, Lambda(u)));
        foreach (string route in Claim4Cutoff.Routes)
        {
            foreach (double lambda in Claim4Cutoff.Lambdas)
                Assert.Contains(FormattableString.Invariant($"{(lambda < 1 ? "(a)" : "(b)")} λ = {lambda:G3} via {route} (ball λ ≤ {lambda:G3}): PASS"), verdict.Detail);
            Assert.Contains(FormattableString.Invariant($"(a) m*(T), λ = 0.5 via {route} (ball λ ≤ 0.5): PASS"), verdict.Detail);
            Assert.Contains($"Via {route}: Empirical cutoff (descriptive): the curvature at Θ(0) is bounded in T for λ = 0.5, 0.8, 1, 1.2", verdict.Detail);
        }
        Assert.Contains("(c) with constants: PASS", verdict.Detail);
        // η = 0.01 and λ_max = 1 at Θ(0) and along the path, in every one of 2 routes × 4 λ × 9 T × 5 draws × 3 seeds.
        Assert.EndsWith("Step size (descriptive): the theorem's η sits far below the stable step 1/λ_max (η·λ_max ≪ 1): η·λ_max ≤ 0.01 at Θ(0), ≤ 0.01 at the last and ≤ 0.01 at the averaged iterate, over 1080 runs.", verdict.Detail);
    }

    [Fact]
    public void TheBaseRecordsEveryUnitKeyRead()
    {
        var analysis = new Claim4Cutoff().Analyse(Review, CannedResults.ForCutoff(u => CannedResults.Training(100, true, Lambda(u))));
        Assert.Equal(new Claim4Cutoff().Plan(Review).Distinct().Count(), analysis.Models[0].UnitKeys.Count);
        Assert.Empty(analysis.Models[0].Divergence!.Diverged);
    }

    [Fact]
    public void AnMStarBelowTheWidthGridIsAnUpperBoundAndCannotPass()
    {
        // The comparator certifies ε/2 already at the smallest width at every T: every m* is that width, an upper bound.
        var results = new CannedResults(unit => unit switch
        {
            TrainingUnit t => CannedResults.Training((int)(100 * Jitter(t)), true, Lambda(t)),
            ComparatorUnit => new ComparatorRecord(0.001, 0.001, 1.0, 1.0),
            CurvatureUnit => new CurvatureOutcome(1.0, 1.0),
            _ => throw new ArgumentException($"unexpected unit {unit.Label()}"),
        });
        string detail = new Claim4Cutoff().Analyse(Review, results).Models.Single(m => m.Model == ModelNames.Diagonal).Verdict!.Detail;
        Assert.Contains("(a) m*(T), λ = 0.5 via a (ball λ ≤ 0.5): INCONCLUSIVE", detail);
        Assert.Contains("m* below the grid are upper bounds: they cannot support a PASS", detail);
    }
}
