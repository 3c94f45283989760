using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>Draws one line of text or a filled rectangle or rule; the only place that touches paints.</summary>
internal static class TextPainter
{
    /// <summary>Draws <paramref name="text"/> in a line box whose top-left corner is (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public static void Line(SKCanvas canvas, string text, float x, float top, TextStyle style)
    {
        if (text.Length == 0) return;
        using SKFont font = style.CreateFont();
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        canvas.DrawText(text, x, top + style.BaselineOffset(font), font, paint);
    }

    /// <summary>Like <see cref="Line"/>, placed inside [<paramref name="left"/>, <paramref name="left"/> + <paramref name="width"/>] by <paramref name="alignment"/>.</summary>
    public static void AlignedLine(SKCanvas canvas, string text, float left, float width, float top, TextStyle style, ColumnAlignment alignment)
    {
        float x = left;
        if (alignment != ColumnAlignment.Left)
        {
            using SKFont font = style.CreateFont();
            float slack = width - font.MeasureText(text);
            x += alignment == ColumnAlignment.Right ? slack : slack / 2;
        }
        Line(canvas, text, x, top, style);
    }

    public static void Fill(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawRect(rect, paint);
    }

    public static void HorizontalRule(SKCanvas canvas, float left, float right, float y, SKColor color, float width = Typography.RuleWidth)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        canvas.DrawLine(left, y, right, y, paint);
    }
}
