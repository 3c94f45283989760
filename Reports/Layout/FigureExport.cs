using ScottPlot;
using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// Stand-alone figure bytes for the files next to the PDF (the harness writes them): SVG (vector,
/// for papers and slides) and PNG (for Markdown summaries). Both replay the same single-pass recording the PDF uses, so the three
/// agree, and the bytes depend only on the plot: no timestamps, and Skia's process-wide clip
/// ids in the SVG are renumbered (see <see cref="SvgIds"/>).
/// </summary>
public static class FigureExport
{
    /// <summary>PNG pixels per plot pixel: 2 keeps 8 pt tick labels legible on screens.</summary>
    public const float DefaultPngScale = 2f;

    /// <summary>SVG bytes of <paramref name="plot"/> at <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] ToSvg(Plot plot, int width, int height)
    {
        using SKPicture picture = PlotPicture.Record(plot, width, height);
        return Svg(picture, width, height);
    }

    /// <summary>PNG bytes of <paramref name="plot"/>, laid out at <paramref name="width"/> × <paramref name="height"/> and rasterised at <paramref name="scale"/>.</summary>
    public static byte[] ToPng(Plot plot, int width, int height, float scale = DefaultPngScale)
    {
        using SKPicture picture = PlotPicture.Record(plot, width, height);
        return Png(picture, width, height, scale);
    }

    private static byte[] Svg(SKPicture picture, int width, int height)
    {
        using var buffer = new MemoryStream();
        using (SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), buffer))
        {
            canvas.DrawPicture(picture);
        } // the SVG document is finished when the canvas is disposed
        return SvgIds.Normalize(buffer.ToArray());
    }

    private static byte[] Png(SKPicture picture, int width, int height, float scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 0.1f);
        // Fixed colour type: the platform default (BGRA or RGBA) must not change the bytes.
        var info = new SKImageInfo((int)MathF.Round(width * scale), (int)MathF.Round(height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using SKSurface surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"cannot allocate a {info.Width}×{info.Height} raster surface");
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        surface.Canvas.DrawPicture(picture);
        using SKImage image = surface.Snapshot();
        using SKData data = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }
}
