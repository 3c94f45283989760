using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class NoiseLevelTests
{
    [Fact]
    public void SeparatesTheTwoLevelsOfKnownLogSamples()
    {
        // ln x: draw means 0 and 2 at both points (a shared effect ±1: var(a_d) = 2), seeds ±0.5 around them
        // (pooled SD 0.5·√2); nothing changes between the points.
        double[][] point = [[DetMath.Exp(-0.5), DetMath.Exp(0.5)], [DetMath.Exp(1.5), DetMath.Exp(2.5)]];
        var noise = NoiseLevel.Of([point, point]);
        Assert.Equal(Math.Sqrt(2), noise.SharedDraw, 1e-12);
        Assert.Equal(0, noise.DrawByPoint, 1e-12);
        Assert.Equal(0.5 * Math.Sqrt(2), noise.WithinDraw, 1e-12);
        Assert.Equal(Math.Sqrt(2.0 / 2 + 0.5 / 4), noise.StandardErrorOfLogMean(2, 2), 1e-12);
        Assert.Equal(Math.Sqrt(0.5 / 4), noise.StandardErrorOfLogMeanBetweenPoints(2, 2), 1e-12);
        // Draws swapping places between the points: all draw-by-point, nothing shared.
        var swapped = NoiseLevel.Of([point, [point[1], point[0]]]);
        Assert.Equal(0, swapped.SharedDraw, 1e-12);
        Assert.Equal(2, swapped.DrawByPoint, 1e-12); // residuals ±1 over (P−1)(D−1) = 1 dof: √4
    }

    [Fact]
    public void IsZeroWithoutReplicatesAndRecoversTheSyntheticNoise()
    {
        Assert.Equal(NoiseLevel.None, NoiseLevel.Of([[[5.0]], [[7.0]]]));
        var truth = new NoiseLevel(0.6, 0.3, 0.1);
        var samples = SyntheticTwoLevel.Samples(Enumerable.Repeat(3.0, 40).ToArray(), 30, 6, truth, 1, "noise");
        var noise = NoiseLevel.Of(samples);
        Assert.InRange(noise.WithinDraw, 0.095, 0.105);
        Assert.InRange(noise.DrawByPoint, 0.28, 0.32); // includes σ_w²/S ≈ 0.0017 of variance
        Assert.InRange(noise.SharedDraw, 0.4, 0.8);    // 30 draws: ±20%
        Assert.Equal(samples[3][2][1], SyntheticTwoLevel.Samples(Enumerable.Repeat(3.0, 40).ToArray(), 30, 6, truth, 1, "noise")[3][2][1]);
    }
}
