using Repro.Theory.Bounds;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class RegimeRateFitTests
{
    private static readonly int[] Ts = [4, 8, 12, 16, 20, 24, 28, 32];

    [Fact]
    public void RecoversExponentialPolynomialAndFlatRates()
    {
        var expanding = RegimeRateFit.Fit(MemoryRegime.Expanding, Ts, Ts.Select(t => 3 * Math.Pow(1.2, t)).ToArray());
        Assert.Equal(DetMath.Log(1.2), expanding.Rate.Estimate, 1e-12);
        Assert.Equal("T", expanding.Regressor);
        Assert.Equal(28.0, expanding.RegressorSpan);

        var critical = RegimeRateFit.Fit(MemoryRegime.Critical, Ts, Ts.Select(t => 5.0 * t * t).ToArray());
        Assert.Equal(2.0, critical.Rate.Estimate, 1e-12);
        Assert.Equal("ln T", critical.Regressor);

        var flat = RegimeRateFit.Fit(MemoryRegime.Contracting, Ts, Ts.Select(_ => 7.0).ToArray());
        Assert.Equal(0.0, flat.Rate.Estimate, 1e-14);
    }

    [Fact]
    public void PredictedRateMatchesTheAsymptoteOnLongGridsButNotInTheTransient()
    {
        const double k = 2;
        Assert.Equal(k, RegimeRateFit.PredictedRate(MemoryRegime.Critical, 1.0, Ts, k), 1e-12); // S_T = T exactly
        int[] longGrid = [40, 50, 60, 70, 80];
        Assert.Equal(RegimeRateFit.AsymptoticRate(MemoryRegime.Expanding, 1.5, k), RegimeRateFit.PredictedRate(MemoryRegime.Expanding, 1.5, longGrid, k), 1e-7); // ln(1 − 1.5^−T) ≈ 1e-7 at T = 40
        Assert.Equal(0.0, RegimeRateFit.PredictedRate(MemoryRegime.Contracting, 0.5, longGrid, k), 1e-9);
        // λ = 0.9 on T ≤ 32 is still filling up towards 1/(1−λ): the finite-grid prediction is clearly positive.
        Assert.True(RegimeRateFit.PredictedRate(MemoryRegime.Contracting, 0.9, Ts, k) > 0.05);
    }

    [Fact]
    public void NoisyExponentialRateIntervalCoversTheTruth()
    {
        var rng = CounterRng.For(8, "regime-noise");
        double[] y = Ts.Select(t => 2 * Math.Pow(1.1, t) * (1 + 0.03 * rng.NextNormal())).ToArray();
        var r = RegimeRateFit.Fit(MemoryRegime.Expanding, Ts, y);
        Assert.True(r.Rate.Contains(Math.Log(1.1)), $"[{r.Rate.Low}, {r.Rate.High}]");
        Assert.True(r.Rate.Width < 0.02);
    }

    [Fact]
    public void FitsTheMemoryExponent()
    {
        double[] s = Ts.Select(t => MemoryFactor.Evaluate(1.05, t)).ToArray();
        var fit = RegimeRateFit.FitMemoryExponent(s, s.Select(v => 2 * v * v * v).ToArray());
        Assert.Equal(3.0, fit.Slope, 1e-12);
        Assert.Equal(DetMath.Log(2), fit.Intercept, 1e-12);
    }

    [Fact]
    public void AsymptoticRates()
    {
        Assert.Equal(0.0, RegimeRateFit.AsymptoticRate(MemoryRegime.Contracting, 0.7, 6));
        Assert.Equal(6.0, RegimeRateFit.AsymptoticRate(MemoryRegime.Critical, 1.0, 6));
        Assert.Equal(6 * Math.Log(1.3), RegimeRateFit.AsymptoticRate(MemoryRegime.Expanding, 1.3, 6), 1e-14);
    }
}
