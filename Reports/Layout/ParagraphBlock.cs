using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>Prose cut into one slice per wrapped line, so a paragraph can continue on the next page.</summary>
internal static class ParagraphBlock
{
    public static List<Slice> Build(string text, float width = PageGeometry.ContentWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextStyle style = Typography.Body;
        using SKFont font = style.CreateFont();
        var slices = TextWrapper.Prose(text, font, width)
            .Select(line => new Slice(style.LineHeight, (canvas, x, y) => TextPainter.Line(canvas, line, x, y, style)))
            .ToList();
        slices[0] = slices[0] with { SpaceBefore = Typography.ParagraphSpaceBefore };
        return LineKeeping.Apply(slices);
    }
}
