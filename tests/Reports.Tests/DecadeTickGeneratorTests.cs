using Repro.Reports.Layout;
using ScottPlot;

namespace Repro.Reports.Tests;

public sealed class DecadeTickGeneratorTests
{
    private static Tick[] Ticks(double min, double max, float pixels = 400)
    {
        var generator = new DecadeTickGenerator();
        using var paint = Paint.NewDisposablePaint();
        generator.Regenerate(new CoordinateRange(min, max), Edge.Bottom, new PixelLength(pixels), paint, new LabelStyle());
        return generator.Ticks;
    }

    [Theory]
    [InlineData(0, "10⁰")]
    [InlineData(3, "10³")]
    [InlineData(-12, "10⁻¹²")]
    public void PowersUseSuperscripts(int exponent, string expected)
        => Assert.Equal(expected, DecadeTickGenerator.Power(exponent));

    [Fact]
    public void WideRangeLabelsWholeDecadesOnly()
    {
        Tick[] ticks = Ticks(-3.2, 2.7);
        Assert.Equal(["10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "10²"], ticks.Where(t => t.IsMajor).Select(t => t.Label));
        Assert.Contains(ticks, t => !t.IsMajor && Math.Abs(t.Position - (-2 + Math.Log10(5))) < 1e-12);
    }

    [Fact]
    public void CrowdedAxisThinsTheLabelledDecades()
    {
        Tick[] majors = [.. Ticks(-20, 20, pixels: 200).Where(t => t.IsMajor)];
        Assert.True(majors.Length <= 200 / 32);
        Assert.All(majors, t => Assert.Equal(0, t.Position % 5));
    }

    [Fact]
    public void NarrowRangeLabelsSomeMultiples()
    {
        string[] labels = [.. Ticks(-1.9, -0.8).Where(t => t.IsMajor).Select(t => t.Label)];
        Assert.Contains("10⁻¹", labels);
        Assert.Contains("2·10⁻²", labels);
        Assert.Contains("5·10⁻²", labels);
    }
}
