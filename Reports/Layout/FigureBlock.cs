using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// A plot drawn as vectors across the width of its column (the text width, or half of it side by side), with its caption underneath, as one slice.
/// The plot is recorded when the block is built, so later changes to the Plot object do not
/// leak into the report.
/// </summary>
internal static class FigureBlock
{
    private const int MinHeight = 40;

    /// <summary>Returns the slice and the picture it replays (owned by the caller, who disposes it).</summary>
    public static (Slice Slice, SKPicture Picture) Build(Plot plot, double heightInPoints, string caption, float columnWidth = PageGeometry.ContentWidth)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(caption);
        TextStyle style = Typography.Caption;
        using SKFont font = style.CreateFont();
        List<string> lines = caption.Length == 0 ? [] : TextWrapper.Prose(caption, font, columnWidth);
        float captionHeight = lines.Count == 0 ? 0 : Typography.CaptionGap + lines.Count * style.LineHeight;

        int width = (int)MathF.Floor(columnWidth);
        double maxHeight = PageGeometry.ContentHeight - captionHeight;
        if (!(heightInPoints >= MinHeight && heightInPoints <= maxHeight))
            throw new ArgumentOutOfRangeException(nameof(heightInPoints), heightInPoints,
                string.Create(CultureInfo.InvariantCulture, $"figure height must be between {MinHeight} and {maxHeight:F0} pt (a page minus its caption)"));
        int height = (int)Math.Round(heightInPoints);

        SKPicture picture = PlotPicture.Record(plot, width, height);
        float offset = (columnWidth - width) / 2;
        var slice = new Slice(height + captionHeight, (canvas, x, y) =>
        {
            canvas.Save();
            canvas.Translate(x + offset, y);
            canvas.ClipRect(new SKRect(0, 0, width, height));
            canvas.DrawPicture(picture);
            canvas.Restore();
            float top = y + height + Typography.CaptionGap;
            for (int i = 0; i < lines.Count; i++)
                TextPainter.Line(canvas, lines[i], x, top + i * style.LineHeight, style);
        })
        {
            SpaceBefore = Typography.BlockSpaceBefore,
        };
        return (slice, picture);
    }
}
