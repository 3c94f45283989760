using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Claims;

/// <summary>C7's analysis on hand-made sweep outcomes with a known answer: PASS, FAIL and INCONCLUSIVE each at least once.</summary>
public class Claim7RandomFeaturesTests
{
    private static readonly ExperimentScope Review = new(Profile.Review, ModelNames.All);

    private static readonly double Delta = PaperConstants.FailureProbability;

    /// <summary>A deterministic ±10% spread over (draw, seed), so that draws differ and the seeds' 95% quantile is not the mean.</summary>
    private static double Jitter(RandomFeatureSweepUnit u) => 1 + 0.1 * Math.Sin(7.1 * u.Seed + 3.3 * u.Task.DataSeed);

    /// <summary>Every unit answered by worst error = scale(n)·jitter/√m, RMS error = 0.3·jitter/√m (flat in n), with the given teacher noise.</summary>
    private static CannedResults Outcomes(Func<int, double> scale, double teacherNoise = 0.001)
        => new(unit =>
        {
            var u = (RandomFeatureSweepUnit)unit;
            int[] widths = u.Widths(), counts = u.SampleCounts();
            double[][] max = widths.Select(m => counts.Select(n => scale(n) * Jitter(u) / Math.Sqrt(m)).ToArray()).ToArray();
            double[][] rms = widths.Select(m => counts.Select(n => 0.3 * Jitter(u) / Math.Sqrt(m)).ToArray()).ToArray();
            return new RandomFeatureSweepOutcome(new RandomFeatureTable(widths, counts, max, rms), 1.0, teacherNoise, 1.0);
        });

    private static ModelAnalysis Diagonal(CannedResults results)
        => new Claim7RandomFeatures().Analyse(Review, results).Models.Single(m => m.Model == ModelNames.Diagonal);

    /// <summary>m_RF = (A/ε_∞)²·log(2n/δ): exactly the union bound's shape.</summary>
    private static double UnionScale(int n, double a) => a * Math.Sqrt(Math.Log(2 * n / Delta));

    [Fact]
    public void WidthAtTheUnionBoundPasses()
    {
        ModelAnalysis analysis = Diagonal(Outcomes(n => UnionScale(n, 1.0)));
        VerdictResult verdict = analysis.Verdict!;
        Assert.Equal(Verdict.Pass, verdict.Verdict);
        Assert.All(verdict.Controls, c => Assert.True(c.Passed, c.Name));
        FigureData width = analysis.Figures.Single(f => f.Id == "C7-v2-width");
        Assert.Contains(width.Series, s => s.Kind == SeriesKind.Bound && s.Name.StartsWith("envelope C·log(2n/δ)"));
        SeriesData measured = width.Series.First(s => s.Kind == SeriesKind.Measured);
        Assert.Equal(14, measured.Points.Count);  // n = 2³ … 2¹⁶
        Assert.All(measured.Points, p => Assert.InRange(p.Slack!.Value, 0.7, 1.3));
        Assert.All(measured.Points, p => Assert.False(p.OutsideHypotheses || p.Censored));
        // B = ν̄_eff·σ₁√(S_2(0.5)² + S_1(0.5)²) = √3.25 with ν̄_eff = 1: (2B/ε_∞)² = 130 per unit of log(2n/δ), above m_RF ≈ 10·log(2n/δ).
        SeriesData hoeffding = width.Series.Single(s => s.Name.StartsWith("Hoeffding"));
        Assert.Equal(130 * Math.Log(2 * 8 / Delta), hoeffding.Points[0].Y, 1e-9);
        Assert.All(measured.Points.Zip(hoeffding.Points), p => Assert.True(p.First.Y < p.Second.Y));
        Assert.True(analysis.Figures.Single(f => f.Id == "C7-v2-errors").Descriptive);
    }

    [Fact]
    public void AnMRfAtTheSmallestGridWidthIsAnUpperBoundAndCannotPass()
    {
        // At n ≤ 32 even the smallest width reaches ε_∞: m_RF there is the grid's smallest width, an upper bound on the crossing.
        VerdictResult verdict = Diagonal(Outcomes(n => n <= 32 ? 0.01 : UnionScale(n, 1.0))).Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("smallest grid width, an upper bound: it cannot support a PASS", verdict.Reason);
    }

    [Fact]
    public void MeanErrorWidthIsShownBesideAndIsFlatForAFlatRmsError()
    {
        SeriesData average = Diagonal(Outcomes(n => UnionScale(n, 1.0))).Figures.Single(f => f.Id == "C7-v2-width").Series.Single(s => s.Name.StartsWith("RMS"));
        Assert.Equal(14, average.Points.Count);
        Assert.Single(average.Points.Select(p => p.Y).Distinct());
        Assert.All(average.Points, p => Assert.Null(p.Slack));
    }

    [Fact]
    public void WidthGrowingLikeAPowerOfNFails()
    {
        // m_RF ∝ n^0.4: from ≈ 12 at n = 8 to ≈ 420 at n = 2¹⁶, within the grid (≤ 512).
        VerdictResult verdict = Diagonal(Outcomes(n => Math.Sqrt(0.05 * Math.Pow(n, 0.4)))).Verdict!;
        Assert.Equal(Verdict.Fail, verdict.Verdict);
        Assert.All(verdict.Controls, c => Assert.True(c.Passed, c.Name));
    }

    [Fact]
    public void NoisyTeacherLeavesNoPointInsideTheHypotheses()
    {
        ModelAnalysis analysis = Diagonal(Outcomes(n => UnionScale(n, 1.0), teacherNoise: 0.1));
        Assert.Equal(Verdict.Inconclusive, analysis.Verdict!.Verdict);
        Assert.Contains("no point inside the theorem's hypotheses", analysis.Verdict.Reason);
        Assert.All(analysis.Figures.Single(f => f.Id == "C7-v2-width").Series.First().Points, p => Assert.True(p.OutsideHypotheses));
    }

    [Fact]
    public void APassRestingOnCensoredWidthsIsInconclusive()
    {
        // m_RF = 40·log(2n/δ) exceeds the largest width 512 from n ≈ 2¹⁴ on: censored there, a lower bound.
        ModelAnalysis analysis = Diagonal(Outcomes(n => UnionScale(n, 2.0)));
        VerdictResult verdict = analysis.Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains(analysis.Settings, s => s.Name.StartsWith("n inside the hypotheses") && s.Value.StartsWith("14 of 14; ") && !s.Value.EndsWith("; 0 of 14"));
        Assert.Contains("censored", verdict.Reason);
        Assert.Contains("never a PASS", verdict.Reason);
    }

    [Fact]
    public void CensoredCalibrationIsInconclusive()
    {
        VerdictResult verdict = Diagonal(Outcomes(n => UnionScale(n, 20.0))).Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("censored", verdict.Reason);
    }

    [Fact]
    public void V1IsNotApplicableAndPlansNothing()
    {
        var claim = new Claim7RandomFeatures();
        Assert.All(claim.Plan(Review), u => Assert.Equal(ModelNames.Diagonal, ((RandomFeatureSweepUnit)u).Task.Model));
        Assert.Equal(5 * 20, claim.Plan(Review).Count);
        ModelAnalysis v1 = claim.Analyse(Review, Outcomes(n => 1.0)).Models.Single(m => m.Model == ModelNames.FullMatrix);
        Assert.Null(v1.Verdict);
        Assert.Contains("Not applicable", v1.NotApplicableReason);
    }

    [Fact]
    public void TheCrossingIsInterpolatedExactlyOnALogLinearErrorCurve()
    {
        int[] widths = [16, 19, 23, 27, 32, 38];
        double eps = Claim7RandomFeatures.UniformTolerance;
        // error = a/√m crosses ε_∞ at m = (a/ε_∞)², whichever two grid widths bracket it.
        foreach (double target in new[] { 16.5, 20.0, 24.9, 31.0, 38.0 })
        {
            double a = eps * Math.Sqrt(target);
            Assert.Equal(target, Claim7RandomFeatures.WidthSweep.CrossingWidth(widths, widths.Select(m => a / Math.Sqrt(m)).ToArray(), eps), 1e-9 * target);
        }
        Assert.Equal(16, Claim7RandomFeatures.WidthSweep.CrossingWidth(widths, widths.Select(m => 0.5 * eps).ToArray(), eps)); // below the grid
        Assert.Equal(double.PositiveInfinity, Claim7RandomFeatures.WidthSweep.CrossingWidth(widths, widths.Select(m => 2 * eps).ToArray(), eps));
        double[] nan = widths.Select(m => m < 27 ? double.NaN : 0.5 * eps).ToArray();
        Assert.Equal(27, Claim7RandomFeatures.WidthSweep.CrossingWidth(widths, nan, eps)); // no error to interpolate from
    }

    [Fact]
    public void EachDrawTakesAllButFloorDeltaSOfItsSeedsAndCensorsBeyondTheGrid()
    {
        int[] widths = [16, 23, 32, 45, 64], counts = [8];
        double eps = Claim7RandomFeatures.UniformTolerance;
        // Seed s crosses ε_∞ at m_s = 17 + s (error a_s/√m); 20 seeds allow ⌊0.05·20⌋ = 1 failure: the 19th smallest, 35.
        RandomFeatureSweepOutcome Seed(double crossing)
        {
            double[][] max = widths.Select(m => new[] { eps * Math.Sqrt(crossing / m) }).ToArray();
            return new RandomFeatureSweepOutcome(new RandomFeatureTable(widths, counts, max, max), 1, 0, 1);
        }
        RandomFeatureSweepOutcome[] draw = Enumerable.Range(0, 20).Select(s => Seed(17 + s)).Reverse().ToArray();
        Claim7RandomFeatures.WidthPoint Measure() => new Claim7RandomFeatures.WidthSweep(widths, counts, [draw]).Point(0, t => t.MaxError);
        var point = Measure();
        Assert.Equal(35, point.Samples[0][0], 1e-9);
        Assert.False(point.Censored);
        // One seed beyond the grid is the allowed failure: the 19th smallest is now the largest crossing of the others, 35.
        draw[0] = Seed(1000);
        point = Measure();
        Assert.Equal(35, point.Samples[0][0], 1e-9);
        Assert.False(point.Censored);
        // Two beyond it: censored at the largest width, a lower bound.
        draw[1] = Seed(1000);
        point = Measure();
        Assert.Equal(64, point.Samples[0][0]);
        Assert.True(point.Censored);
    }

    [Fact]
    public void TheMeasuredWidthIsTheInterpolatedQuantileNotAGridWidth()
    {
        var claim = new Claim7RandomFeatures();
        double eps = Claim7RandomFeatures.UniformTolerance;
        ModelAnalysis analysis = Diagonal(Outcomes(n => UnionScale(n, 1.0)));
        // Worst error = UnionScale·jitter/√m crosses ε_∞ at (UnionScale·jitter/ε_∞)²; per draw the 19th smallest of 20 seeds.
        double logMean = claim.Plan(Review).Cast<RandomFeatureSweepUnit>().GroupBy(u => u.Task.DataSeed)
            .Select(d => Math.Log(d.Select(u => Math.Pow(UnionScale(8, 1.0) * Jitter(u) / eps, 2)).Order().ElementAt(18))).Average();
        SeriesData measured = analysis.Figures.Single(f => f.Id == "C7-v2-width").Series.First(s => s.Kind == SeriesKind.Measured);
        Assert.Equal(Math.Exp(logMean), measured.Points[0].Y, 1e-9 * measured.Points[0].Y);
        Assert.Contains(analysis.Settings, s => s.Name == "grid resolution" && s.Value.StartsWith("×1.19 per width step"));
        // m_RF ≈ 10·log(2n/δ) against (2B/ε_∞)²·log(2n/δ) = 130·log(2n/δ): a slack of ≈ 0.08 at both ends.
        var slack = analysis.Settings.Single(s => s.Name.StartsWith("m_RF / Hoeffding"));
        Assert.Matches(@"^0\.0[6-9]\d* at n = 8 … 0\.0[6-9]\d* at n = 65536$", slack.Value);
    }

    [Fact]
    public void ReviewPlanFitsItsBudget()
        => Assert.InRange(new Claim7RandomFeatures().Estimate(Review).CpuSeconds, 5, 40);
}
