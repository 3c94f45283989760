using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Numerics.Statistics;
using static System.FormattableString;

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

    private static readonly ExperimentScope Full = new(Profile.Full, [ModelNames.Diagonal]);

    private static ModelAnalysis Analyse(CannedResults results, ExperimentScope? scope = null)
        => new Claim3WidthGrowth().Analyse(scope ?? Review, results).Models.Single(m => m.Model == ModelNames.Diagonal);

    private static bool AtTop(TrainingUnit u) => u.Width == Claim3WidthGrowth.SufficientWidth(8, u.Task.SampleCount);

    /// <summary>A round-3 run (τ_max = 2B) rather than the run itself.</summary>
    private static bool IsDoubled(TrainingUnit u) => u.BudgetFromBound == 2 * Claim3WidthGrowth.BudgetMultiplier;

    [Fact]
    public void EverySuccessAtTheSufficientWidthPassesWhereTheRuleHasPower()
    {
        // Full: 8 draws × 5 seeds = 40 runs at every n, enough to FAIL a success probability of 0.7 with 10 n judged.
        var analysis = Analyse(Results(u => Run(reached: u.Width >= 4)), Full);
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        Assert.NotEmpty(analysis.Verdict.Controls);
        Assert.All(analysis.Verdict.Controls, c => Assert.True(c.Passed, c.Name));
        Assert.Contains(analysis.Constants, c => c.Symbol == "m₀" && c.Value == 8);
        Assert.Contains("(b) descriptive", analysis.Verdict.Detail);
    }

    [Fact]
    public void AtTheReviewCountsEverySuccessPassesWithTheControlsPower()
    {
        // 30 runs per n (≥ the 26 the 1 − 3δ control needs at the Bonferroni level of 8 n): the rule can FAIL, so it may PASS.
        var analysis = Analyse(Results(u => Run(reached: true)));
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        Assert.All(analysis.Verdict.Controls, c => Assert.True(c.Passed));
        Assert.True(5 * 6 >= Claim3WidthGrowth.SufficiencyRule().RunsForPower(8));
    }

    [Fact]
    public void WithFewerRunsThanThePowerNeedsEverySuccessIsInconclusive()
    {
        // 5 draws × 4 seeds = 20 runs cannot FAIL p = 0.7 at the Bonferroni level of 8 n: the control says so.
        var analysis = Analyse(Results(u => Run(reached: true)), Review with { Seeds = 4 });
        Assert.Equal(Verdict.Inconclusive, analysis.Verdict!.Verdict);
        Assert.Contains("no power", analysis.Verdict.Reason);
        Assert.Contains(analysis.Verdict.Controls, c => c.Expected == Verdict.Fail && !c.Passed);
        string power = analysis.Settings.Single(s => s.Name == "rule's power").Value;
        Assert.Contains(Invariant($"needs N ≥ {Claim3WidthGrowth.SufficiencyRule().RunsForPower(8)} runs per n"), power);
    }

    [Fact]
    public void RunsFailingWithinBAndAgainWithin2BAtTheLargestNFail()
    {
        var verdict = Analyse(Results(u => Run(reached: !(u.Task.SampleCount == 16384 && AtTop(u) && u.Seed % 2 == 0))), Full).Verdict!;
        Assert.Equal(Verdict.Fail, verdict.Verdict);
        Assert.Contains("x = 16384", verdict.Reason);
        Assert.True(verdict.CiHigh < 0.9);
        Assert.Contains("missing ε within B and within 2B", verdict.Detail);
    }

    [Fact]
    public void RunsReachingEpsilonOnlyWithin2BAreCensoredNeitherFailNorPass()
    {
        // The same runs as above miss ε within B but reach it within 2B: B is a lower envelope, so they are no failures.
        bool Missing(TrainingUnit u) => u.Task.SampleCount == 16384 && AtTop(u) && u.Seed % 2 == 0;
        var verdict = Analyse(Results(u => Run(reached: !Missing(u) || IsDoubled(u))), Full).Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("censored", verdict.Reason);
        // Every run at m(n) censored: no PASS.
        var allCensored = Analyse(Results(u => Run(reached: !AtTop(u) || IsDoubled(u))), Full).Verdict!;
        Assert.NotEqual(Verdict.Pass, allCensored.Verdict);
        Assert.NotEqual(Verdict.Fail, allCensored.Verdict);
    }

    [Fact]
    public void RunsWhoseBudgetWasCappedAreCensored()
    {
        // η = 5·10⁻⁴ makes B = 1/(2η·0.04) = 25000 > τ_cap: no run at m(n) had its full budget, and none reached ε.
        var verdict = Analyse(Results(u => AtTop(u) ? CannedResults.Training(20000, false, 1.0, stepSize: 5e-4) with { StepBudget = 20000 } : Run(true)), Full).Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("400 with B ≥ τ_cap", verdict.Detail);
    }

    [Fact]
    public void TheBonferroniFailThresholdHoldsAtTheClaim()
    {
        // Full: 40 runs at each of 9 judged n (n₀ is in-sample). Exactly the threshold's successes at n = 16384 FAIL, one more does not.
        // The threshold from Clopper–Pearson itself: one-sided at 1 − 0.05/9 is the two-sided interval at 1 − 2·0.05/9.
        int threshold = Enumerable.Range(0, 41).Last(k => ClopperPearson.Interval(k, 40, 1 - 2 * 0.05 / 9).High < 0.9);
        Assert.Equal(threshold, Claim3WidthGrowth.SufficiencyRule().FailThreshold(40, 9));
        CannedResults WithSuccesses(int k) => Results(u => Run(reached: !(u.Task.SampleCount == 16384 && AtTop(u))
            || (u.Task.DataSeed - 300) * 5 + u.Seed < k));
        Assert.Equal(Verdict.Fail, Analyse(WithSuccesses(threshold), Full).Verdict!.Verdict);
        Assert.Equal(Verdict.Inconclusive, Analyse(WithSuccesses(threshold + 1), Full).Verdict!.Verdict);
    }

    [Fact]
    public void AFrequencyBelowOneMinusDeltaWithinItsIntervalIsInconclusive()
    {
        // One failure per draw at n ≤ 2¹⁰: 32 of 40, 0.8 < 0.9, but the Bonferroni upper bound reaches 0.9.
        var verdict = Analyse(Results(u => Run(reached: !(AtTop(u) && u.Seed == 0 && u.Task.SampleCount <= 1024))), Full).Verdict!;
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.All(verdict.Controls, c => Assert.True(c.Passed, c.Name));
    }

    [Fact]
    public void AnInitializationWhoseComparatorDoesNotCertifyAndThatMissesEpsilonIsAFailure()
    {
        // At n ≥ 1024 the comparator at m(n) has R̂(Θ̄) = 0.04 > ε/2 and the runs miss ε: the theorem's event and the claim failed.
        var analysis = Analyse(Results(u => u.Task.SampleCount >= 1024 && AtTop(u) ? Run(false, comparatorLoss: 0.04) : Run(true)), Full);
        Assert.Equal(Verdict.Fail, analysis.Verdict!.Verdict);
        Assert.Contains("200 whose comparator does not certify ε/2 at m(n) and that missed ε", analysis.Verdict.Detail);
        var success = analysis.Figures.Single(f => f.Id == "C3-v2-success").Series[0].Points;
        Assert.All(success, p => Assert.False(p.OutsideHypotheses));
        Assert.Contains("failed: comparator not certifying ε/2, ε missed", analysis.Settings.Single(s => s.Name.StartsWith("runs at m(n)")).Value);
    }

    [Fact]
    public void AnInitializationWhoseComparatorDoesNotCertifyButThatReachesEpsilonIsCensored()
    {
        // The same comparators, but the runs reach ε: no failure of the claim (its conclusion is the loss), no success of the theorem's route.
        var analysis = Analyse(Results(u => u.Task.SampleCount >= 1024 && AtTop(u) ? Run(true, comparatorLoss: 0.04) : Run(true)), Full);
        Assert.Equal(Verdict.Inconclusive, analysis.Verdict!.Verdict);
        Assert.Contains("200 reaching ε although the comparator does not certify ε/2", analysis.Verdict.Detail);
        Assert.Contains("censored: comparator not certifying ε/2, ε reached", analysis.Settings.Single(s => s.Name.StartsWith("runs at m(n)")).Value);
    }

    [Fact]
    public void TheReferenceSampleCountIsShownNotJudged()
    {
        // Every run at n₀ fails: m₀ was chosen on n₀'s own comparators, so n₀ is in-sample and cannot decide the verdict.
        var analysis = Analyse(Results(u => Run(reached: u.Task.SampleCount != 32)), Full);
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        Assert.Contains("n₀ = 32 is in-sample", analysis.Verdict.Detail);
    }

    [Fact]
    public void APointWithRadiusBelowTheDisplacementIsOutsideTheHypotheses()
    {
        // At n ≥ 1024 ρ < D (never by construction; here made so): those n are shown, not judged, even though all fail.
        var analysis = Analyse(Results(u => u.Task.SampleCount >= 1024 && AtTop(u) ? Run(false) with { Radius = 0.5 } : Run(true)), Full);
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        var success = analysis.Figures.Single(f => f.Id == "C3-v2-success").Series[0].Points;
        Assert.All(success, p => Assert.Equal(p.X >= 1024, p.OutsideHypotheses));
    }

    [Fact]
    public void RoundThreeRerunsExactlyTheRunsAtTheSufficientWidthThatFailed()
    {
        // Runs at m(n) with seed 0 miss ε (B = 1250, 2B under the cap); everything else succeeds. Until round 3 ran, the
        // doubled units are pending, one per failed run; the widths below m(n) are never rerun.
        bool Fails(TrainingUnit u) => AtTop(u) && u.Seed == 0;
        var store = new Dictionary<IUnit, object>();
        var source = new PartialResults(store, u => u is ComparatorUnit c
            ? new ComparatorRecord(0.2 / c.Width, 0.2 / c.Width, 1.0, 1.0)
            : Run(reached: !Fails((TrainingUnit)u)));
        var claim = new Claim3WidthGrowth();
        for (int round = 0; round < 2; round++)
            foreach (IUnit unit in claim.Pending(Review, source)) source.Run(unit);
        var pending = claim.Pending(Review, source).Cast<TrainingUnit>().ToArray();
        Assert.Equal(8 * 5, pending.Length); // 8 n × 5 draws × the one failing seed
        Assert.All(pending, u => Assert.True(IsDoubled(u) && Fails(u)));
        foreach (IUnit unit in pending) source.Run(unit);
        Assert.Empty(claim.Pending(Review, source));
        var analysis = claim.Analyse(Review, source).Models.Single(m => m.Model == ModelNames.Diagonal);
        Assert.Contains("40 missing ε within B and within 2B", analysis.Verdict!.Detail);
    }

    /// <summary>A store that holds only what has been run.</summary>
    private sealed class PartialResults(Dictionary<IUnit, object> store, Func<IUnit, object> outcome) : IResultSource
    {
        public void Run(IUnit unit) => store[unit] = outcome(unit);

        public string KeyOf(IUnit unit) => unit.Label();

        public bool Has(IUnit unit) => store.ContainsKey(unit);

        public bool TryGet<TOutcome>(IUnit unit, out TOutcome result) where TOutcome : class
        {
            bool found = store.TryGetValue(unit, out object? value);
            result = (TOutcome)value!;
            return found;
        }
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
    public void TheBaseRecordsEveryUnitKeyRead()
    {
        var results = Results(u => Run(true));
        var analysis = Analyse(results);
        int planned = Claim3WidthGrowth.PlanAt(Review, 8).Count + Claim3WidthGrowth.OctaveWidths.Length * 5 * 6;
        Assert.Equal(planned, analysis.UnitKeys.Count);
    }
}
