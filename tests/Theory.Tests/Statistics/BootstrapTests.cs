using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class BootstrapTests
{
    private static readonly double[] Sample = [2.1, 3.4, 1.9, 2.8, 3.0, 2.5, 2.2, 3.9, 2.7, 2.4];

    [Fact]
    public void IsDeterministicAndKeyedByStream()
    {
        var a = Bootstrap.MeanInterval(Sample, 42, "c6/slope");
        var b = Bootstrap.MeanInterval(Sample, 42, "c6/slope");
        var c = Bootstrap.MeanInterval(Sample, 42, "c7/slope");
        Assert.Equal(a, b);
        Assert.NotEqual(a.Low, c.Low);
        Assert.Equal(Sample.Average(), a.Estimate, 1e-15);
        Assert.True(a.Low < a.Estimate && a.Estimate < a.High);
        Assert.Equal(10, a.SampleCount);
        Assert.Equal("bootstrap", a.Method);
    }

    [Fact]
    public void IntervalNarrowsWithMoreDataAndWidensWithConfidence()
    {
        var rng = CounterRng.For(5, "bootstrap-width");
        var small = new double[10];
        var large = new double[160];
        rng.FillNormal(small);
        rng.FillNormal(large);
        var s = Bootstrap.MeanInterval(small, 1, "w", 0.9, 1000);
        var l = Bootstrap.MeanInterval(large, 1, "w", 0.9, 1000);
        Assert.True(l.Width < s.Width / 2);
        Assert.True(Bootstrap.MeanInterval(small, 1, "w", 0.99, 1000).Width > s.Width);
    }

    [Fact]
    public void CoversTheTrueMeanAtAboutTheNominalRate()
    {
        const double trueMean = 3.0;
        int covered = 0;
        var data = new double[20];
        for (int draw = 0; draw < 200; draw++)
        {
            var rng = CounterRng.For(99, "bootstrap-coverage", draw);
            for (int i = 0; i < data.Length; i++) data[i] = trueMean + rng.NextNormal();
            if (Bootstrap.MeanInterval(data, 7, "coverage/" + draw, 0.9, 500).Contains(trueMean)) covered++;
        }
        Assert.InRange(covered, 160, 194); // 80–97% of 200 at nominal 90%
    }

    [Fact]
    public void ResamplesWholeUnits()
    {
        // Each unit is one seed's series y(m) = c_seed·m^(−1/2); the statistic is the slope of the mean series on ln m.
        double[] m = [64, 128, 256, 512, 1024];
        var seeds = Enumerable.Range(0, 10).Select(s =>
        {
            double c = 1 + 0.1 * s;
            return m.Select(w => c / Math.Sqrt(w)).ToArray();
        }).ToArray();
        double Slope(IReadOnlyList<double[]> units)
        {
            var mean = new double[m.Length];
            foreach (var u in units) for (int i = 0; i < m.Length; i++) mean[i] += u[i] / units.Count;
            return LeastSquares.Fit(m.Select(DetMath.Log).ToArray(), mean.Select(DetMath.Log).ToArray()).Slope;
        }
        var ci = Bootstrap.PercentileOverUnits(seeds, Slope, 3, "units");
        Assert.Equal(-0.5, ci.Estimate, 1e-12);
        Assert.Equal(-0.5, ci.Low, 1e-12); // every seed has exactly this slope, so every resample does
        Assert.Equal(-0.5, ci.High, 1e-12);
    }

    [Fact]
    public void NaNStatisticGivesNaNEnds()
    {
        var ci = Bootstrap.Percentile(Sample, s => s[0] > 3 ? double.NaN : 1.0, 1, "nan", 0.95, 200);
        Assert.True(double.IsNaN(ci.Low) && double.IsNaN(ci.High));
        Assert.False(ci.IsFinite);
    }

    [Fact]
    public void QuantileInterpolatesBetweenOrderStatistics()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.0, Bootstrap.Quantile(sorted, 0));
        Assert.Equal(4.0, Bootstrap.Quantile(sorted, 1));
        Assert.Equal(2.5, Bootstrap.Quantile(sorted, 0.5));
        Assert.Equal(1.3, Bootstrap.Quantile(sorted, 0.1), 1e-15);
    }
}
