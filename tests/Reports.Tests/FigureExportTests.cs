using System.Text;
using Repro.Reports.Layout;

namespace Repro.Reports.Tests;

public sealed class FigureExportTests
{
    private const int Width = 480, Height = 300;

    [Fact]
    public void SvgIsByteIdenticalAcrossRendersAndPlots()
    {
        var plot = SamplePlots.LogLog();
        byte[] first = FigureExport.ToSvg(plot, Width, Height);
        Assert.Equal(first, FigureExport.ToSvg(plot, Width, Height));
        Assert.Equal(first, FigureExport.ToSvg(SamplePlots.LogLog(), Width, Height));
    }

    [Fact]
    public void PngIsByteIdenticalAcrossRendersAndPlots()
    {
        var plot = SamplePlots.Linear();
        byte[] first = FigureExport.ToPng(plot, Width, Height);
        Assert.Equal(first, FigureExport.ToPng(plot, Width, Height));
        Assert.Equal(first, FigureExport.ToPng(SamplePlots.Linear(), Width, Height));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], first[..4]);
        // IHDR width and height (big-endian) at the default scale of 2
        Assert.Equal(Width * 2, (first[16] << 24) | (first[17] << 16) | (first[18] << 8) | first[19]);
        Assert.Equal(Height * 2, (first[20] << 24) | (first[21] << 16) | (first[22] << 8) | first[23]);
    }

    [Fact]
    public void SvgHoldsEachLabelOnce()
    {
        string svg = Encoding.UTF8.GetString(FigureExport.ToSvg(SamplePlots.Linear(), Width, Height));
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Equal(1, PdfText.Count(svg, SamplePlots.LinearXLabel));
        Assert.Equal(1, PdfText.Count(svg, SamplePlots.LinearYLabel));
    }
}
