using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class HierarchicalBootstrapTests
{
    /// <summary>ln x[d][s] = μ + σ_b·z_d + σ_w·z_ds: one point of a two-level design.</summary>
    private static double[][] TwoLevel(CounterRng rng, int draws, int seeds, double mu, double betweenSd, double withinSd)
    {
        var point = new double[draws][];
        for (int d = 0; d < draws; d++)
        {
            double level = mu + betweenSd * rng.NextNormal();
            point[d] = new double[seeds];
            for (int s = 0; s < seeds; s++) point[d][s] = DetMath.Exp(level + withinSd * rng.NextNormal());
        }
        return point;
    }

    private static BootstrapSettings Settings(string stream, int resamples = 2000) => new(11, stream, 0.95, resamples);

    [Fact]
    public void CoversNearNominallyWhenTheDrawsDominateWhileTheSeedOnlyBootstrapUnderCovers()
    {
        const int replications = 200, draws = 20, seeds = 4;
        const double mu = 1.5;
        int hierarchical = 0, seedOnly = 0;
        for (int r = 0; r < replications; r++)
        {
            var point = TwoLevel(CounterRng.For(3, "coverage", r), draws, seeds, mu, betweenSd: 1.0, withinSd: 0.2);
            var ci = HierarchicalBootstrap.Percentile([point], s => HierarchicalBootstrap.LogMean(s[0]), Settings($"h{r}", 500));
            if (ci.Contains(mu)) hierarchical++;
            // The old design's interval: every (draw, seed) value treated as an independent seed.
            var logs = point.SelectMany(d => d).Select(DetMath.Log).ToArray();
            var flat = Bootstrap.MeanInterval(logs, 11, $"s{r}", 0.95, 500);
            if (flat.Contains(mu)) seedOnly++;
        }
        double h = (double)hierarchical / replications, s = (double)seedOnly / replications;
        Assert.InRange(h, 0.88, 0.99); // percentile bootstrap over 20 draws: nominal 0.95 less its small-sample shortfall
        Assert.InRange(s, 0.45, 0.80); // true SE ≈ σ_b/√D, seed-only SE ≈ σ_b/√(D·S) = half of it: coverage ≈ 0.67
    }

    [Fact]
    public void PicksDrawsOnceForTheWholeSeries()
    {
        // A draw shifts every point of the series by the same amount; the slope is free of it, and so is its interval
        // only if a resample keeps each draw whole across the points.
        const int draws = 6, seeds = 3;
        double[] x = [1, 2, 3, 4, 5];
        var rng = CounterRng.For(5, "shared draws");
        var shift = Enumerable.Range(0, draws).Select(_ => 2.0 * rng.NextNormal()).ToArray();
        var series = x.Select(xi => Enumerable.Range(0, draws).Select(d =>
            Enumerable.Range(0, seeds).Select(_ => DetMath.Exp(shift[d] + 0.3 * xi + 0.01 * rng.NextNormal())).ToArray()).ToArray()).ToArray();
        var ci = HierarchicalBootstrap.Percentile(series, s => LeastSquares.Fit(x, s.Select(HierarchicalBootstrap.LogMean).ToArray()).Slope, Settings("slope"));
        Assert.True(ci.Contains(0.3), $"[{ci.Low}, {ci.High}]");
        Assert.True(ci.Width < 0.02, $"width {ci.Width}: draws were not shared across points");
        Assert.Equal(draws, ci.SampleCount);
        Assert.Equal(HierarchicalBootstrap.Method, ci.Method);
    }

    [Fact]
    public void IsDeterministicAndKeyedByStream()
    {
        var point = TwoLevel(CounterRng.For(1, "det"), 5, 4, 0, 0.5, 0.5);
        var a = HierarchicalBootstrap.GeometricMeanInterval(point, Settings("a"));
        var b = HierarchicalBootstrap.GeometricMeanInterval(point, Settings("a"));
        var c = HierarchicalBootstrap.GeometricMeanInterval(point, Settings("b"));
        Assert.Equal(a, b);
        Assert.NotEqual(a.Low, c.Low);
        Assert.True(a.Low < a.Estimate && a.Estimate < a.High);
    }

    [Fact]
    public void OneDrawGivesNoIntervalAndOneSeedResamplesTheDraws()
    {
        var one = HierarchicalBootstrap.GeometricMeanInterval([[1.0, 2.0, 4.0]], Settings("one draw"));
        Assert.Equal(2.0, one.Estimate, 1e-14);
        Assert.True(double.IsNaN(one.Low) && double.IsNaN(one.High));
        Assert.Equal(1, one.SampleCount);

        var oneSeed = HierarchicalBootstrap.GeometricMeanInterval([[1.0], [2.0], [4.0], [8.0], [16.0]], Settings("one seed"));
        Assert.Equal(4.0, oneSeed.Estimate, 1e-13);
        Assert.True(oneSeed.Low >= 1 && oneSeed.Low < 4 && oneSeed.High > 4 && oneSeed.High <= 16, $"[{oneSeed.Low}, {oneSeed.High}]");

        var constant = HierarchicalBootstrap.GeometricMeanInterval([[3.0], [3.0]], Settings("constant"));
        Assert.Equal(3.0, constant.Low, 1e-14);
        Assert.Equal(3.0, constant.High, 1e-14);
    }

    [Fact]
    public void GeometricMeanWeighsEachDrawEqually()
    {
        Assert.Equal(10.0, HierarchicalBootstrap.GeometricMean([[1.0, 100.0], [10.0]]), 1e-13);
        Assert.Equal(0.0, HierarchicalBootstrap.GeometricMean([[0.0, 1.0], [1.0]]));
        Assert.Equal(double.PositiveInfinity, HierarchicalBootstrap.GeometricMean([[double.PositiveInfinity], [1.0]]));
        Assert.True(double.IsNaN(HierarchicalBootstrap.GeometricMean([[-1.0], [1.0]])));
    }

    [Fact]
    public void RejectsRaggedSeries()
    {
        Assert.Throws<ArgumentException>(() => HierarchicalBootstrap.Percentile([[[1.0], [2.0]], [[1.0]]], _ => 0, Settings("x")));
        Assert.Throws<ArgumentException>(() => HierarchicalBootstrap.Percentile([[[1.0], [2.0]], [[1.0], [2.0, 3.0]]], _ => 0, Settings("x")));
        Assert.Throws<ArgumentException>(() => HierarchicalBootstrap.Percentile([[[1.0], []]], _ => 0, Settings("x")));
        Assert.Throws<ArgumentOutOfRangeException>(() => HierarchicalBootstrap.Percentile([[[1.0]]], _ => 0, Settings("x") with { ConfidenceLevel = 1 }));
    }
}
