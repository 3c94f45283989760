using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class GrowthModelComparisonTests
{
    /// <summary>n = 2^3 … 2^14: eleven octaves.</summary>
    private static readonly double[] N = Enumerable.Range(3, 12).Select(k => Math.Pow(2, k)).ToArray();

    private static double[] Noisy(Func<double, double> f, double relativeNoise, string stream)
    {
        var rng = CounterRng.For(2024, stream);
        return N.Select(n => f(n) * (1 + relativeNoise * rng.NextNormal())).ToArray();
    }

    [Fact]
    public void NoiseFreeLogDataPicksTheLogModelWithExactConstants()
    {
        double[] y = N.Select(n => 5 + 3 * DetMath.Log(n)).ToArray();
        var r = GrowthModelComparison.Compare(N, y);
        Assert.Equal(GrowthModel.Logarithmic, r.Preferred);
        Assert.Equal(5.0, r.LogFit.Intercept, 1e-10);
        Assert.Equal(3.0, r.LogFit.Slope, 1e-11);
        Assert.True(r.Delta > 100, $"Δ = {r.Delta}");
        Assert.False(r.HeldOut);
    }

    [Fact]
    public void NoiseFreePowerDataPicksThePowerLawWithExactConstants()
    {
        double[] y = N.Select(n => 2 * Math.Sqrt(n)).ToArray();
        var r = GrowthModelComparison.Compare(N, y);
        Assert.Equal(GrowthModel.PowerLaw, r.Preferred);
        Assert.Equal(0.5, r.PowerLogSpaceFit.Slope, 1e-12);
        Assert.Equal(0.5, r.PowerExponent, 1e-9);
        Assert.Equal(2.0, r.PowerCoefficient, 1e-8);
        Assert.True(r.Delta < -100, $"Δ = {r.Delta}");
        Assert.Equal(2 * Math.Sqrt(300.0), r.PredictPower(300), 1e-6);
    }

    [Fact]
    public void NoisyLogDataPicksTheLogModelOnTheHeldOutSlice()
    {
        double[] y = Noisy(n => 40 + 12 * DetMath.Log(n), 0.02, "log-data");
        var split = CalibrationSplit.LowestFraction(N.Length, 0.5);
        var r = GrowthModelComparison.Compare(N, y, split);
        Assert.True(r.HeldOut);
        Assert.Equal(6, r.EvaluationCount);
        Assert.Equal(GrowthModel.Logarithmic, r.Preferred);
        Assert.True(r.Delta >= 6, $"Δ = {r.Delta}");
    }

    [Fact]
    public void NoisyPowerDataPicksThePowerLawOnTheHeldOutSlice()
    {
        double[] y = Noisy(n => 3 * Math.Sqrt(n), 0.02, "power-data");
        var r = GrowthModelComparison.Compare(N, y, CalibrationSplit.LowestFraction(N.Length, 0.5));
        Assert.Equal(GrowthModel.PowerLaw, r.Preferred);
        Assert.True(r.Delta <= -6, $"Δ = {r.Delta}");
        var p = r.PowerLogSpaceFit.SlopeInterval(0.95);
        Assert.True(p.Contains(0.5), $"p CI [{p.Low}, {p.High}]");
    }

    [Fact]
    public void PowerLawIsFittedOnTheYScale()
    {
        // With additive noise the y-scale least-squares fit has a smaller y-scale RSS than the log-space fit.
        double[] y = N.Select((n, i) => 3 * Math.Sqrt(n) + (i % 2 == 0 ? 4 : -4)).ToArray();
        var r = GrowthModelComparison.Compare(N, y);
        double c = DetMath.Exp(r.PowerLogSpaceFit.Intercept), p = r.PowerLogSpaceFit.Slope;
        double logSpaceRss = N.Select((n, i) => Math.Pow(y[i] - c * Math.Pow(n, p), 2)).Sum();
        Assert.True(r.PowerSumOfSquares <= logSpaceRss);
    }

    [Fact]
    public void RejectsNonPositiveValues()
    {
        Assert.Throws<ArgumentException>(() => GrowthModelComparison.Compare([1, 2, 4], [1, 0, 2]));
        Assert.Throws<ArgumentException>(() => GrowthModelComparison.Compare([1, 2], [1, 2]));
    }
}
