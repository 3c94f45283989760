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
    public void ReviewPlanFitsItsBudget()
        => Assert.InRange(new Claim7RandomFeatures().Estimate(Review).CpuSeconds, 5, 40);
}
