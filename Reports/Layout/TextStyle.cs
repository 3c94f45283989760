using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>A face, size, colour and line pitch: everything needed to measure and draw one run of text.</summary>
internal sealed record TextStyle(SKTypeface Typeface, float Size, SKColor Color, float LineHeight)
{
    /// <summary>
    /// A font with unhinted, linear metrics, so widths measured for layout are exactly the
    /// advances the PDF uses (and do not depend on the raster back end).
    /// </summary>
    public SKFont CreateFont() => new(Typeface, Size)
    {
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
    };

    /// <summary>Distance from the top of a line box to the baseline, centring ascent + descent in the line pitch.</summary>
    public float BaselineOffset(SKFont font)
    {
        font.GetFontMetrics(out SKFontMetrics metrics);
        float content = metrics.Descent - metrics.Ascent;
        return (LineHeight - content) / 2 - metrics.Ascent;
    }

    public TextStyle WithColor(SKColor color) => this with { Color = color };
}
