using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Claims;

/// <summary>C6's analysis on hand-made outcomes with a known answer (PASS, FAIL and INCONCLUSIVE), and the twin cancellation its text states.</summary>
public class Claim6LazyRegimeTests
{
    private static readonly ExperimentScope Review = new(Profile.Review, [ModelNames.Diagonal]);

    /// <summary>β_Tr²/(2√m) at the claim's setting (a = 1, α = 0.5, T = 4), from the bound's own class.</summary>
    private static double BoundAt(double r, int m)
    {
        var sigma = new Activation(1.0);
        return HiddenStateCurvature.Diagonal(sigma.Bound, sigma.Lipschitz, sigma.Smoothness, 0.5, r, m, 4).LinearizationErrorBound(r, m);
    }

    private static double Bound(int m) => BoundAt(Claim6LazyRegime.Radius, m);

    private static bool Projected(TrainingUnit u) => double.IsFinite(u.Radius);

    /// <summary>Projected runs sit on the ball (√m‖Δθ_i‖ = ρ); unprojected move 3 ν̄; gap and move as given; ±10% over (draw, seed).</summary>
    private static CannedResults Runs(Func<TrainingUnit, double?> gap, Func<TrainingUnit, double>? move = null, Func<TrainingUnit, int?>? diverged = null)
        => new(unit =>
        {
            var u = (TrainingUnit)unit;
            double jitter = 1 + 0.1 * Math.Sin(3.1 * u.Seed + 1.7 * u.Task.DataSeed + u.Width);
            return new TrainingOutcome(u.MaxSteps, false, diverged?.Invoke(u), 1.0, 0.1, 0.1,
                move?.Invoke(u) ?? (Projected(u) ? u.Radius : 3.0 * jitter), 0.1, 0.5, Projected(u) ? 0.5 + u.Radius / Math.Sqrt(u.Width) : double.PositiveInfinity,
                1.0, 1.0, [[0, 1.0]], null, gap(u) is double g ? g * jitter : null, null, u.Radius);
        });

    /// <summary>The exponent printed in the figure's least-squares fit series, "least-squares fit ∝ m^(−1.02) [..] (descriptive)".</summary>
    private static double FittedExponent(FigureData figure)
    {
        string name = figure.Series.Single(s => s.Name.StartsWith("least-squares fit ∝ m^(", StringComparison.Ordinal)).Name;
        int start = name.IndexOf("m^(", StringComparison.Ordinal) + 3;
        return double.Parse(name[start..name.IndexOf(')', start)], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ModelAnalysis Analyse(CannedResults results, ExperimentScope? scope = null)
        => new Claim6LazyRegime().Analyse(scope ?? Review, results).Models[0];

    [Fact]
    public void GapsFallingLikeOneOverMWellBelowTheBoundPass()
    {
        ModelAnalysis analysis = Analyse(Runs(u => 0.5 / u.Width));
        VerdictResult verdict = analysis.Verdict!;
        Assert.Equal(Verdict.Pass, verdict.Verdict);
        Assert.All(verdict.Controls.Where(c => c.Expected is not null), c => Assert.True(c.Passed, c.Name));
        // The drawn bound is β_Tρ²/(2√m) at every width; the slack printed per width is the worst run's gap/bound.
        FigureData gap = analysis.Figures.Single(f => f.Id == "C6-v2-linearization");
        SeriesData bound = gap.Series.Single(s => s.Kind == SeriesKind.Bound);
        Assert.All(bound.Points, p => Assert.Equal(Bound((int)p.X), p.Y, 12));
        SeriesData measured = gap.Series.First(s => s.Kind == SeriesKind.Measured);
        Assert.All(measured.Points, p => Assert.InRange(p.Slack!.Value, 0.5 * 0.9 / p.X / Bound((int)p.X), 0.5 * 1.1 / p.X / Bound((int)p.X)));
        Assert.InRange(FittedExponent(gap), -1.05, -0.95);
    }

    [Fact]
    public void OneRunAboveTheBoundFails()
    {
        VerdictResult verdict = Analyse(Runs(u => Projected(u) && u.Width == 256 && u.Seed == 1 && u.Task.DataSeed == 602 ? 1.5 * Bound(256) : 1e-3)).Verdict!;
        Assert.Equal(Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(a) gap, projected at ρ", verdict.DecidingQuantity);
        Assert.InRange(verdict.Value, 1.3, 1.7);
    }

    [Fact]
    public void ANeuronOutsideTheBallFails()
    {
        VerdictResult verdict = Analyse(Runs(_ => 1e-3, u => Projected(u) && u.Width == 64 ? u.Radius * (1 + 1e-9) : 2.0)).Verdict!;
        Assert.Equal(Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(a) projection ball", verdict.DecidingQuantity);
    }

    [Fact]
    public void AProjectedRunWithoutAMeasuredGapIsInconclusive()
    {
        var results = Runs(u => Projected(u) && u.Width == 16 && u.Seed == 0 && u.Task.DataSeed == 600 ? null : 1e-3,
            diverged: u => Projected(u) && u.Width == 16 && u.Seed == 0 && u.Task.DataSeed == 600 ? 7 : null);
        ModelAnalysis analysis = Analyse(results);
        Assert.Equal(Verdict.Inconclusive, analysis.Verdict!.Verdict);
        Assert.Contains("1 of 80 runs diverged", analysis.Verdict.Reason);
        Assert.Single(analysis.Divergence!.Diverged);
    }

    [Fact]
    public void UnprojectedRunsAreJudgedInTheBallOfTheirOwnMoveWhichIsFittedOnLnM()
    {
        ModelAnalysis analysis = Analyse(Runs(u => Projected(u) ? 1e-3 : 0.2 / u.Width, u => Projected(u) ? u.Radius : 3.0 * Math.Pow(u.Width, 0.25)));
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        FigureData unprojected = analysis.Figures.Single(f => f.Id == "C6-v2-linearization-unprojected");
        Assert.False(unprojected.Descriptive);
        // Drawn: the bound at the width's smallest own D, here D = 3·m^0.25·(1 − 0.1) at the least.
        Assert.All(unprojected.Series.Single(s => s.Kind == SeriesKind.Bound).Points, p =>
            Assert.InRange(p.Y, BoundAt(3.0 * 0.9 * Math.Pow(p.X, 0.25), (int)p.X), BoundAt(3.0 * Math.Pow(p.X, 0.25), (int)p.X)));
        FigureData deviation = analysis.Figures.Single(f => f.Id == "C6-v2-deviation");
        Assert.InRange(FittedExponent(deviation), 0.2, 0.3);
        Assert.All(deviation.Series.First().Points, p => Assert.Equal(1.0, p.Slack!.Value, 12));
    }

    [Fact]
    public void AnUnprojectedGapAboveTheBoundOfItsOwnBallFails()
    {
        // Unprojected runs that hardly move (D ≈ 0.1) but whose gap is 0.5: far above β_T·D²/(2√m).
        VerdictResult verdict = Analyse(Runs(u => Projected(u) ? 1e-3 : 0.5, u => Projected(u) ? u.Radius : 0.1)).Verdict!;
        Assert.Equal(Verdict.Fail, verdict.Verdict);
        Assert.StartsWith("(a) gap, unprojected", verdict.DecidingQuantity);
    }

    [Fact]
    public void V1IsDescriptiveItsProjectionBallIsShownNotJudged()
    {
        var scope = new ExperimentScope(Profile.Review, [ModelNames.FullMatrix]);
        ModelAnalysis analysis = Analyse(Runs(_ => 1e6), scope); // a gap no bound would allow: v1 has none
        Assert.Equal(Verdict.Pass, analysis.Verdict!.Verdict);
        Assert.StartsWith("(a) projection ball", analysis.Verdict.DecidingQuantity);
        // The projection ball checks projected GD's own mechanics, not the lazy regime: v1 is descriptive as a whole.
        Assert.Equal("descriptive: " + Claim6LazyRegime.V1Descriptive, analysis.DescriptiveReason);
        Assert.All(analysis.Figures.Where(f => f.Id.StartsWith("C6-v1-linearization")), f => Assert.True(f.Descriptive && f.Finding == Claim6LazyRegime.V1Descriptive));
        Assert.DoesNotContain(analysis.Figures.Single(f => f.Id == "C6-v1-linearization").Series, s => s.Kind == SeriesKind.Bound);
    }

    [Fact]
    public void TheBaseRecordsEveryUnitKeyReadAndThePlanSpansFourOctaves()
    {
        var claim = new Claim6LazyRegime();
        ModelAnalysis analysis = Analyse(Runs(_ => 1e-3));
        Assert.Equal(claim.Plan(Review).Distinct().Count(), analysis.UnitKeys.Count);
        foreach (Profile profile in new[] { Profile.Review, Profile.Full })
        {
            int[] widths = claim.Plan(new ExperimentScope(profile, [ModelNames.Diagonal])).Cast<TrainingUnit>().Select(u => u.Width).Distinct().ToArray();
            Assert.True(widths.Max() >= 16 * widths.Min(), $"{profile}: widths {string.Join(", ", widths)}");
        }
    }

    /// <summary>
    /// The mechanism the claim's text gives for v2's 1/m: twins (θ_{i+m/2}(0) = θ_i(0), c_{i+m/2} = −c_i) moved in opposite
    /// directions cancel each other's second-order term, so the gap is third order in the move; one twin moved alone is second order.
    /// </summary>
    [Fact]
    public void TwinsMovingOppositelyCancelTheSecondOrderTerm()
    {
        RnnSpec spec = new(ModelKind.Diagonal, 8, 3, new Activation(1.0), 0.5);
        Dataset data = new(6, 4, 3, UnitBallInputs.Draw(6, 4, 3, seed: 1), new double[24]);
        RnnParameters initial = SymmetricInit.Draw(spec, 2);
        double Gap(double size, double twin)
        {
            RnnParameters moved = initial.Clone();
            for (int i = 0; i < 4; i++)
            {
                double[] delta = [0.3 * Math.Cos(i), 0.5, -0.2 * i, 0.4];
                moved.Recurrent[i] += size * delta[0];
                moved.Recurrent[i + 4] += twin * size * delta[0];
                for (int c = 0; c < 3; c++)
                {
                    moved.InputOf(i)[c] += size * delta[1 + c];
                    moved.InputOf(i + 4)[c] += twin * size * delta[1 + c];
                }
            }
            return Linearization.MaxError(initial, moved, data);
        }
        Assert.InRange(Gap(2e-2, -1) / Gap(1e-2, -1), 7.0, 9.0);   // opposite twins: third order
        Assert.InRange(Gap(2e-2, 0) / Gap(1e-2, 0), 3.6, 4.4);     // one twin alone: second order
        Assert.True(Gap(1e-2, -1) < 0.1 * Gap(1e-2, 0));
    }
}
