using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Claims;

/// <summary>C3's analysis on hand-made outcomes with a known answer (PASS, FAIL, INCONCLUSIVE), and its plan's arithmetic.</summary>
public class Claim3WidthGrowthTests
{
    private static readonly ExperimentScope Review = new(Profile.Review, [ModelNames.FullMatrix, ModelNames.Diagonal]);

    /// <summary>The comparator's loss falls like 0.2/m: it certifies ε/2 = 0.025 from m = 8 on, so m₀ = 8.</summary>
    private static CannedResults Results(Func<TrainingUnit, TrainingOutcome> training, double comparatorScale = 0.2)
        => new(unit => unit switch
        {
            TrainingUnit t => training(t),
            ComparatorUnit c => new ComparatorRecord(comparatorScale / c.Width, comparatorScale / c.Width, 1.0, 1.0),
            _ => throw new ArgumentException($"unexpected unit {unit.Label()}"),
        });

    /// <summary>A run that reaches ε (or not) after 100 steps, with a comparator that certifies ε/2 unless told otherwise.</summary>
    private static TrainingOutcome Run(bool reached, double comparatorLoss = 0.01)
        => CannedResults.Training(100, reached, 1.0, comparatorLoss) with { StepBudget = 1000 };

    private static ModelAnalysis Analyse(CannedResults results) => new Claim3WidthGrowth().Analyse(Review, results).Models.Single(m => m.Model == ModelNames.Diagonal);

    private static bool AtTop(TrainingUnit u) => u.Width == Claim3WidthGrowth.SufficientWidth(8, u.Task.SampleCount);

    [Fact]
    public void EverySuccessAtTheSufficientWidthPasses()
    {
        var analysis = Analyse(Results(u => Run(reached: u.Width >= 4)));
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        Assert.NotEmpty(analysis.Verdict.Controls);
        Assert.All(analysis.Verdict.Controls, c => Assert.True(c.Passed, c.Name));
        Assert.Contains(analysis.Constants, c => c.Symbol == "m₀" && c.Value == 8);
        Assert.Contains("(b) descriptive", analysis.Verdict.Detail);
    }

    [Fact]
    public void HalfTheRunsFailingAtTheLargestNFail()
    {
        var verdict = Analyse(Results(u => Run(reached: !(u.Task.SampleCount == 4096 && AtTop(u) && u.Seed % 2 == 0)))).Verdict!;
        Assert.Equal(Verdict.Fail, verdict.Verdict);
        Assert.Contains("x = 4096", verdict.Reason);
        Assert.True(verdict.CiHigh < 0.9);
    }

    [Fact]
    public void AFrequencyBelowOneMinusDeltaWithinItsIntervalIsInconclusive()
    {
        // One failure per draw at n ≤ 2¹⁰: 16 of 20, 0.8 < 0.9, but the Clopper–Pearson upper end (0.94) reaches 0.9.
        var verdict = Analyse(Results(u => Run(reached: !(AtTop(u) && u.Seed == 0 && u.Task.SampleCount <= 1024)))).Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.True(verdict.CiHigh >= 0.9);
    }

    [Fact]
    public void NoWidthCertifyingAtTheSmallestNIsInconclusiveAndTrainsNothing()
    {
        var results = Results(u => throw new InvalidOperationException("nothing should train"), comparatorScale: 100);
        Assert.Empty(new Claim3WidthGrowth().Pending(Review, results));
        var verdict = Analyse(results).Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("m₀ undefined", verdict.Reason);
    }

    [Fact]
    public void PointsWhoseComparatorMissesHalfOfEpsilonAreOutsideTheHypotheses()
    {
        // At n ≥ 1024 the comparator at m(n) has R̂(Θ̄) = 0.04 > ε/2; there every run fails, but nothing is judged there.
        var analysis = Analyse(Results(u => u.Task.SampleCount >= 1024 ? Run(false, comparatorLoss: 0.04) : Run(true)));
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        var success = analysis.Figures.Single(f => f.Id == "C3-v2-success").Series[0].Points;
        Assert.All(success, p => Assert.Equal(p.X >= 1024, p.OutsideHypotheses));
    }

    [Fact]
    public void V1IsNotRunAndSaysWhy()
    {
        var results = Results(u => Run(true));
        var v1 = new Claim3WidthGrowth().Analyse(Review, results).Models.Single(m => m.Model == ModelNames.FullMatrix);
        Assert.Null(v1.Verdict);
        Assert.Contains("transported comparator", v1.NotApplicableReason);
        Assert.Empty(v1.UnitKeys);
        Assert.Empty(new Claim3WidthGrowth().Pending(Review with { Models = [ModelNames.FullMatrix] }, results));
    }

    [Fact]
    public void TheSufficientWidthIsTheLogLawRoundedUpToEven()
    {
        Assert.Equal(16, Claim3WidthGrowth.SufficientWidth(16, Claim3WidthGrowth.ReferenceSampleCount));
        foreach (int n in new[] { 64, 512, 4096, 16384 })
        {
            int m = Claim3WidthGrowth.SufficientWidth(16, n);
            double exact = 16 * Math.Log(2 * n / Claim3WidthGrowth.Delta) / Math.Log(2 * 32 / Claim3WidthGrowth.Delta);
            Assert.Equal(0, m % 2);
            Assert.InRange(m - exact, 0, 2);
            Assert.Equal(m, Claim3WidthGrowth.WidthsAt(16, n)[^1]);
            Assert.Contains(16, Claim3WidthGrowth.WidthsAt(16, n)); // the fixed-m₀ control
        }
    }

    [Fact]
    public void DeltaIsOneMinusModelMdsSuccessFraction()
        => Assert.Equal(1 - Theory.Bounds.PaperConstants.WidthSuccessFraction, Claim3WidthGrowth.Delta, 12);

    [Fact]
    public void TheRulesPowerIsWhatClopperPearsonGives()
    {
        foreach (int trials in new[] { 12, 20, 29 })
        {
            string text = Claim3WidthGrowth.Power(trials);
            int fail = int.Parse(text[(text.LastIndexOf('≤') + 2)..]);
            Assert.True(ClopperPearson.Interval(fail, trials).High < 0.9);
            Assert.True(ClopperPearson.Interval(fail + 1, trials).High >= 0.9);
        }
        Assert.Equal("N = 20: PASS at k ≥ 18, FAIL at k ≤ 14", Claim3WidthGrowth.Power(20));
    }

    [Fact]
    public void TheBaseRecordsEveryUnitKeyRead()
    {
        var results = Results(u => Run(true));
        var analysis = Analyse(results);
        int planned = Claim3WidthGrowth.PlanAt(Review, 8).Count + Claim3WidthGrowth.OctaveWidths.Length * 4 * 5;
        Assert.Equal(planned, analysis.UnitKeys.Count);
    }
}
