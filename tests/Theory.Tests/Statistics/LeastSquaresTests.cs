using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class LeastSquaresTests
{
    [Fact]
    public void HandWorkedExample()
    {
        // x̄ = ȳ = 3, Sxx = 10, Sxy = 8 → b = 0.8, a = 0.6, RSS = 3.6, R² = 0.64, SE(b) = √(1.2/10).
        var fit = LeastSquares.Fit([1, 2, 3, 4, 5], [1, 3, 2, 5, 4]);
        Assert.Equal(0.8, fit.Slope, 1e-14);
        Assert.Equal(0.6, fit.Intercept, 1e-14);
        Assert.Equal(3.6, fit.ResidualSumOfSquares, 1e-13);
        Assert.Equal(0.64, fit.RSquared, 1e-14);
        Assert.Equal(Math.Sqrt(0.12), fit.SlopeStandardError, 1e-14);
        Assert.Equal(Math.Sqrt(1.2 * (1.0 / 5 + 9.0 / 10)), fit.InterceptStandardError, 1e-14);
        Assert.Equal(3, fit.DegreesOfFreedom);
        var ci = fit.SlopeInterval(0.95);
        Assert.Equal(0.8 - 3.182446305284263 * Math.Sqrt(0.12), ci.Low, 1e-9); // t_{3, 0.975}
        Assert.Equal(0.8 + 3.182446305284263 * Math.Sqrt(0.12), ci.High, 1e-9);
        Assert.Equal("t", ci.Method);
    }

    [Fact]
    public void NoiseFreeDataGivesExactConstants()
    {
        double[] n = [16, 32, 64, 128, 256, 512, 1024];
        double[] x = n.Select(DetMath.Log).ToArray();
        double[] y = x.Select(v => 7.25 + 3.5 * v).ToArray();
        var fit = LeastSquares.Fit(x, y);
        Assert.Equal(7.25, fit.Intercept, 1e-12);
        Assert.Equal(3.5, fit.Slope, 1e-12);
        Assert.True(fit.SlopeStandardError < 1e-12);
        Assert.Equal(1.0, fit.RSquared, 1e-14);
    }

    [Fact]
    public void WeightsActAsInverseVariancesAndZeroWeightDropsAPoint()
    {
        double[] x = [1, 2, 3, 4, 5], y = [1, 3, 2, 5, 40];
        var dropped = LeastSquares.Fit(x[..4], y[..4]);
        var weighted = LeastSquares.FitWeighted(x, y, [1, 1, 1, 1, 0]);
        Assert.Equal(dropped.Slope, weighted.Slope, 1e-14);
        Assert.Equal(dropped.Intercept, weighted.Intercept, 1e-14);
        Assert.Equal(4, weighted.Count);

        var w1 = LeastSquares.FitWeighted(x, y, [1, 2, 3, 2, 1]);
        var w7 = LeastSquares.FitWeighted(x, y, [7, 14, 21, 14, 7]);
        Assert.Equal(w1.Slope, w7.Slope, 1e-12);                          // a common factor changes nothing …
        Assert.Equal(w1.SlopeStandardError, w7.SlopeStandardError, 1e-12); // … the scale is estimated
    }

    [Fact]
    public void ThroughOriginRecoversAScale()
    {
        var fit = LeastSquares.FitThroughOrigin([1, 2, 4], [3, 6, 12]);
        Assert.Equal(3.0, fit.Slope, 1e-15);
        Assert.Equal(0.0, fit.Intercept);
        Assert.Equal(2, fit.DegreesOfFreedom);
    }

    [Fact]
    public void SlopeIntervalCoversTheTruthAtAboutTheNominalRate()
    {
        int covered = 0;
        double[] x = [0, 1, 2, 3, 4, 5, 6, 7];
        var y = new double[x.Length];
        for (int draw = 0; draw < 200; draw++)
        {
            var rng = CounterRng.For(11, "ls-coverage", draw);
            for (int i = 0; i < x.Length; i++) y[i] = 2 - 0.5 * x[i] + 0.3 * rng.NextNormal();
            if (LeastSquares.Fit(x, y).SlopeInterval(0.9).Contains(-0.5)) covered++;
        }
        Assert.InRange(covered, 160, 194); // 80–97% of 200 at nominal 90%
    }

    [Fact]
    public void RejectsDegenerateDesigns()
    {
        Assert.Throws<ArgumentException>(() => LeastSquares.Fit([1, 1, 1], [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => LeastSquares.Fit([1], [1]));
        Assert.Throws<ArgumentException>(() => LeastSquares.FitWeighted([1, 2], [1, 2], [1, -1]));
        Assert.True(double.IsNaN(LeastSquares.Fit([1, 2], [1, 3]).SlopeInterval().Low)); // no residual dof
    }
}
