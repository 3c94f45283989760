using Repro.Reports.Layout;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Repro.Reports.Tests;

public sealed class FigureStyleTests
{
    [Theory]
    [InlineData(0.35, "0.35")]
    [InlineData(-0.0000000000001, "0")]
    [InlineData(2500, "2,500")]
    [InlineData(0.1 + 0.2, "0.3")]
    public void TickLabelsIgnoreTheCulture(double value, string expected)
        => Assert.Equal(expected, TickLabels.Invariant(value));

    [Fact]
    public void ApplyUsesTheReportFaceAndInvariantTicks()
    {
        var plot = new Plot();
        plot.Add.Scatter(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 });
        FigureStyle.Apply(plot);

        var ticks = Assert.IsType<NumericAutomatic>(plot.Axes.Left.TickGenerator);
        Assert.Equal("0.35", ticks.LabelFormatter(0.35));
        Assert.Same(ReportFonts.Regular, Fonts.GetTypeface(plot.Axes.Bottom.Label.FontName, bold: false, italic: false));
        Assert.Same(ReportFonts.Bold, Fonts.GetTypeface(plot.Axes.Title.Label.FontName, bold: true, italic: false));
        Assert.Null(plot.Axes.Bottom.TickLabelStyle.Font);
    }
}
