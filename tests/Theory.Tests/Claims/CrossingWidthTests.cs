using Repro.Theory.Claims;

namespace Repro.Theory.Tests.Claims;

public class CrossingWidthTests
{
    private static readonly int[] Octaves = [8, 16, 32, 64, 128, 256, 512, 1024];

    /// <summary>R̂(m) = c·m^(−p) on the octave grid.</summary>
    private static double[] PowerLaw(double c, double p) => Octaves.Select(m => c * Math.Pow(m, -p)).ToArray();

    [Theory]
    [InlineData(1.0, 1.0, 0.025)]   // m* = 40, between 32 and 64
    [InlineData(3.0, 0.5, 0.2)]     // m* = 225, between 128 and 256
    [InlineData(0.5, 2.0, 1e-5)]    // m* = 223.6…
    public void OnALogLinearCurveTheCrossingIsExact(double c, double p, double target)
    {
        var crossing = CrossingWidth.Of(Octaves, PowerLaw(c, p), target);
        double exact = Math.Pow(c / target, 1 / p);
        Assert.Equal(exact, crossing.Width, exact * 1e-12);
        Assert.False(crossing.Censored);
        Assert.False(crossing.BelowGrid);
    }

    [Fact]
    public void ACrossingOnAGridWidthIsThatWidth()
        => Assert.Equal(64, CrossingWidth.Of(Octaves, PowerLaw(1, 1), 1.0 / 64).Width, 1e-9);

    [Fact]
    public void TheFirstCrossingDecidesWhenTheLossIsNotMonotone()
    {
        // Down through the target between 16 and 32, back above it at 64: m* lies in (16, 32].
        double[] losses = [0.5, 0.2, 0.05, 0.2, 0.01, 0.01, 0.01, 0.01];
        var crossing = CrossingWidth.Of(Octaves, losses, 0.1);
        Assert.Equal(16 * Math.Pow(2, Math.Log(0.2 / 0.1) / Math.Log(0.2 / 0.05)), crossing.Width, 1e-9);
    }

    [Fact]
    public void NoCrossingOnTheGridIsCensoredAtTheLargestWidth()
    {
        var crossing = CrossingWidth.Of(Octaves, PowerLaw(1, 1), 1e-4);
        Assert.Equal(new CrossingWidth(1024, Censored: true, BelowGrid: false), crossing);
    }

    [Fact]
    public void ACrossingBelowTheSmallestWidthIsTheSmallestWidth()
        => Assert.Equal(new CrossingWidth(8, Censored: false, BelowGrid: true), CrossingWidth.Of(Octaves, PowerLaw(1, 1), 0.5));

    [Fact]
    public void ALossWithoutALogKeepsTheGridWidth()
    {
        Assert.Equal(32, CrossingWidth.Of(Octaves, [1, 1, 0, 0, 0, 0, 0, 0], 0.1).Width);
        Assert.Equal(32, CrossingWidth.Of(Octaves, [double.NaN, double.NaN, 0.01, 0, 0, 0, 0, 0], 0.1).Width);
    }

    [Fact]
    public void BadInputThrows()
    {
        Assert.Throws<ArgumentException>(() => CrossingWidth.Of([8, 8], [1, 1], 0.1));
        Assert.Throws<ArgumentException>(() => CrossingWidth.Of([8, 16], [1], 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossingWidth.Of([8, 16], [1, 1], 0));
    }
}
