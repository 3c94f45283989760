using System.Globalization;
using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Claims;

public class VerdictRulesTests
{
    private static ConfidenceInterval Boot(double estimate, double low, double high, int seeds = 10)
        => new(estimate, low, high, 0.95, seeds, "bootstrap");

    [Fact]
    public void DescribesTheDecidingNumbers()
    {
        var r = VerdictRules.SlopeWithin("slope", Boot(0.98, 0.91, 1.05), 1, 0.1);
        Assert.Equal(Verdict.Pass, r.Verdict);
        Assert.Equal("PASS: slope 0.98 ∈ [0.91, 1.05] (95% bootstrap CI over 10 seeds, predicted 1 ± 0.1)", r.Describe());
        Assert.Equal(0.98, r.Value);
        Assert.Equal(0.91, r.CiLow);
        Assert.Equal(1.05, r.CiHigh);
        Assert.Equal(1.0, r.Predicted);
        Assert.Equal(10, r.SampleCount);
        Assert.Contains("[0.9, 1.1]", r.Rule);
    }

    [Fact]
    public void DescribeIgnoresTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("PASS: slope 0.98 ∈ [0.91, 1.05] (95% bootstrap CI over 10 seeds, predicted 1 ± 0.1)",
                VerdictRules.SlopeWithin("slope", Boot(0.98, 0.91, 1.05), 1, 0.1).Describe());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(0.98, "0.98")]
    [InlineData(12.345, "12.3")]
    [InlineData(999.7, "1000")]
    [InlineData(5000.2, "5000")]
    [InlineData(1e-12, "1E-12")]
    [InlineData(2.5e7, "2.5E+7")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void FormatsNumbersForReading(double x, string expected) => Assert.Equal(expected, VerdictResult.Format(x));

    [Fact]
    public void SlopeWithinFailsAndIsInconclusiveWhenItShould()
    {
        Assert.Equal(Verdict.Fail, VerdictRules.SlopeWithin("slope", Boot(1.4, 1.3, 1.5), 1, 0.1).Verdict);
        Assert.Equal(Verdict.Fail, VerdictRules.SlopeWithin("slope", Boot(0.5, 0.2, 0.85), 1, 0.1).Verdict);

        var wide = VerdictRules.SlopeWithin("slope", Boot(1.0, 0.5, 1.5), 1, 0.1); // contains 1, but says little
        Assert.Equal(Verdict.Inconclusive, wide.Verdict);
        Assert.Contains("wider", wide.Reason);
        Assert.StartsWith("INCONCLUSIVE: slope 1 ∈ [0.5, 1.5]", wide.Describe());

        Assert.Equal(Verdict.Inconclusive, VerdictRules.SlopeWithin("slope", Boot(1.1, 1.05, 1.15), 1, 0.1).Verdict); // straddles
        Assert.Equal(Verdict.Inconclusive, VerdictRules.SlopeWithin("slope", Boot(1.0, 0.99, 1.01, seeds: 3), 1, 0.1).Verdict);
        Assert.Equal(Verdict.Inconclusive, VerdictRules.SlopeWithin("slope", Boot(1.0, double.NaN, double.NaN), 1, 0.1).Verdict);
    }

    [Fact]
    public void PreciseEstimateWithinToleranceStillPasses()
    {
        // Excludes 1 exactly, but lies well inside 1 ± 0.1: agreement within the stated tolerance.
        Assert.Equal(Verdict.Pass, VerdictRules.SlopeWithin("slope", Boot(0.95, 0.94, 0.96), 1, 0.1).Verdict);
        // A t-interval over 4 regression points is not subject to the seed minimum.
        var t = new ConfidenceInterval(-0.5, -0.55, -0.46, 0.95, 4, "t");
        var r = VerdictRules.SlopeWithin("slope", t, -0.5, 0.1);
        Assert.Equal(Verdict.Pass, r.Verdict);
        Assert.Contains("t CI over 4 points", r.Describe());
    }

    [Fact]
    public void BoundRule()
    {
        Assert.Equal(Verdict.Pass, VerdictRules.Bound("‖∂h_T/∂u‖", 4.0, 4.1, 120).Verdict);
        Assert.Equal(Verdict.Pass, VerdictRules.Bound("‖∂h_T/∂u‖", 4.1, 4.1, 120).Verdict);
        Assert.Equal(Verdict.Pass, VerdictRules.Bound("‖∂h_T/∂u‖", 4.1 * (1 + 1e-13), 4.1, 120).Verdict); // rounding
        var fail = VerdictRules.Bound("‖∂h_T/∂u‖", 4.1 * (1 + 1e-9), 4.1, 120);
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.Equal("FAIL: ‖∂h_T/∂u‖ 4.1 > bound 4.1 (over 120 measurements)", fail.Describe());
        Assert.Equal(Verdict.Fail, VerdictRules.Bound("x", double.NaN, 4.1, 120).Verdict);
        var vacuous = VerdictRules.Bound("x", 3.0, double.PositiveInfinity, 120);
        Assert.Equal(Verdict.Inconclusive, vacuous.Verdict);
        Assert.Contains("vacuous", vacuous.Describe());
        Assert.Equal(Verdict.Inconclusive, VerdictRules.Bound("x", 3.0, 4.0, 0).Verdict);
    }

    [Fact]
    public void BoundsHoldUsesTheWorstRatio()
    {
        var pass = VerdictRules.BoundsHold("|∂h_T/∂w|", [0.5, 1.9, 0.0], [1.0, 2.0, 0.0]);
        Assert.Equal(Verdict.Pass, pass.Verdict);
        Assert.Equal(0.95, pass.Value, 1e-15);
        var fail = VerdictRules.BoundsHold("|∂h_T/∂w|", [0.5, 2.1, 1e-300], [1.0, 2.0, 0.0]);
        Assert.Equal(Verdict.Fail, fail.Verdict);
        Assert.Contains("index 2", fail.Detail); // a positive value against a zero bound
        Assert.Equal(Verdict.Inconclusive, VerdictRules.BoundsHold("x", [1.0], [double.PositiveInfinity]).Verdict);
        Assert.Equal(Verdict.Fail, VerdictRules.BoundsHold("x", [double.NaN], [1.0]).Verdict);
    }

    [Fact]
    public void OneSidedRules()
    {
        Assert.Equal(Verdict.Pass, VerdictRules.SlopeAtMost("slope", Boot(0.4, 0.3, 0.5), 1, 0.2).Verdict);
        Assert.Equal(Verdict.Fail, VerdictRules.SlopeAtMost("slope", Boot(1.6, 1.3, 1.9), 1, 0.2).Verdict);
        Assert.Equal(Verdict.Inconclusive, VerdictRules.SlopeAtMost("slope", Boot(1.1, 0.9, 1.5), 1, 0.2).Verdict);
        var least = VerdictRules.SlopeAtLeast("slope", Boot(0.8, 0.2, 1.4), 0);
        Assert.Equal(Verdict.Pass, least.Verdict);
        Assert.EndsWith("predicted ≥ 0)", least.Describe());
        Assert.Equal(Verdict.Fail, VerdictRules.SlopeAtLeast("slope", Boot(-0.8, -1.2, -0.4), 0).Verdict);
        Assert.Equal(Verdict.Inconclusive, VerdictRules.SlopeAtLeast("slope", Boot(0.1, -0.2, 0.4), 0).Verdict);
    }

    private static GrowthComparisonResult Comparison(double delta, int points)
    {
        var line = LeastSquares.Fit([1, 2, 3], [1, 2, 3.5]);
        return new GrowthComparisonResult(line, line, 1, 0.5, 1, 1, points, true, delta);
    }

    [Fact]
    public void ModelPreferredRule()
    {
        var pass = VerdictRules.ModelPreferred(Comparison(14.2, 4));
        Assert.Equal(Verdict.Pass, pass.Verdict);
        Assert.Equal("PASS: held-out Δ (power − log) 14.2 ≥ required 6 (over 4 held-out points)", pass.Describe());
        Assert.Equal(Verdict.Fail, VerdictRules.ModelPreferred(Comparison(-14.2, 4)).Verdict);
        Assert.Equal(Verdict.Inconclusive, VerdictRules.ModelPreferred(Comparison(2.0, 4)).Verdict);
        Assert.Equal(Verdict.Inconclusive, VerdictRules.ModelPreferred(Comparison(50, 2)).Verdict);

        Assert.Equal(Verdict.Pass, VerdictRules.ModelPreferred(Boot(12, 7, 18)).Verdict);
        Assert.Equal(Verdict.Inconclusive, VerdictRules.ModelPreferred(Boot(12, 3, 18)).Verdict);
        Assert.Equal(Verdict.Fail, VerdictRules.ModelPreferred(Boot(-12, -18, -7)).Verdict);
    }

    [Fact]
    public void ModelPreferredOnSyntheticSweepsEndToEnd()
    {
        double[] n = Enumerable.Range(3, 12).Select(k => Math.Pow(2, k)).ToArray();
        var split = CalibrationSplit.LowestFraction(n.Length, VerdictThresholds.CalibrationFraction);
        double[] logWidths = n.Select(v => 20 + 8 * DetMath.Log(v)).ToArray();
        double[] powerWidths = n.Select(v => 4 * Math.Sqrt(v)).ToArray();
        Assert.Equal(Verdict.Pass, VerdictRules.ModelPreferred(GrowthModelComparison.Compare(n, logWidths, split)).Verdict);
        Assert.Equal(Verdict.Fail, VerdictRules.ModelPreferred(GrowthModelComparison.Compare(n, powerWidths, split)).Verdict);
    }

    [Fact]
    public void CombineTakesTheWorstPart()
    {
        var pass = VerdictRules.Bound("√m‖θ_i − θ_i(0)‖", 0.9, 1.0, 64);
        var undecided = VerdictRules.SlopeWithin("slope", Boot(-0.5, -0.9, -0.1), -0.5, 0.1);
        var fail = VerdictRules.SlopeWithin("slope", Boot(-0.2, -0.25, -0.15), -0.5, 0.1);
        Assert.Equal(Verdict.Pass, VerdictRules.Combine("both", pass, pass).Verdict);
        var mixed = VerdictRules.Combine("both", pass, undecided);
        Assert.Equal(Verdict.Inconclusive, mixed.Verdict);
        Assert.Equal("both", mixed.Rule);
        Assert.Contains("PASS: √m‖θ_i − θ_i(0)‖ 0.9 ≤ bound 1", mixed.Detail);
        Assert.Equal(Verdict.Fail, VerdictRules.Combine("both", pass, undecided, fail).Verdict);
    }

    [Fact]
    public void SlopeVerdictFromABootstrapOverSeeds()
    {
        // A C6-like sweep: error(m) = c_seed · m^p · (1 + noise), 10 seeds; slope of the seed-mean series on ln m.
        double[] m = [32, 64, 128, 256, 512, 1024];
        double[] logM = m.Select(DetMath.Log).ToArray();
        VerdictResult Judge(double p)
        {
            var seeds = Enumerable.Range(0, 10).Select(s =>
            {
                var rng = CounterRng.For((ulong)s, "c6-like", (long)(p * 100));
                double c = 1 + 0.2 * rng.NextUniform();
                return m.Select(w => c * Math.Pow(w, p) * (1 + 0.03 * rng.NextNormal())).ToArray();
            }).ToArray();
            double Slope(IReadOnlyList<double[]> units)
            {
                var mean = new double[m.Length];
                foreach (var u in units) for (int i = 0; i < m.Length; i++) mean[i] += u[i] / units.Count;
                return LeastSquares.Fit(logM, mean.Select(DetMath.Log).ToArray()).Slope;
            }
            var ci = Bootstrap.PercentileOverUnits(seeds, Slope, 1, "c6/slope", VerdictThresholds.ConfidenceLevel, 500);
            return VerdictRules.SlopeWithin("slope of ln error on ln m", ci, -0.5, VerdictThresholds.LinearizationSlopeTolerance);
        }
        Assert.Equal(Verdict.Pass, Judge(-0.5).Verdict);
        Assert.Equal(Verdict.Fail, Judge(-0.25).Verdict);
    }
}
