using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// Monospace text on a tinted band, one slice per wrapped line so long listings can split.
/// Continuation lines of a wrapped command are indented by two characters.
/// </summary>
internal static class CodeBlock
{
    public static List<Slice> Build(string text, float width = PageGeometry.ContentWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextStyle style = Typography.Code;
        const float pad = Typography.CodePadding;
        using SKFont font = style.CreateFont();
        float indent = font.MeasureText("  ");
        var lines = TextWrapper.Code(text, font, width - 2 * pad, indent);

        var slices = new List<Slice>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            (string line, bool continuation) = lines[i];
            float padTop = i == 0 ? pad : 0;
            float height = padTop + style.LineHeight + (i == lines.Count - 1 ? pad : 0);
            float textLeft = pad + (continuation ? indent : 0);
            slices.Add(new Slice(height, (canvas, x, y) =>
            {
                TextPainter.Fill(canvas, new SKRect(x, y, x + width, y + height), Typography.CodeFill);
                TextPainter.Line(canvas, line, x + textLeft, y + padTop, style);
            }));
        }
        slices[0] = slices[0] with { SpaceBefore = Typography.ParagraphSpaceBefore };
        return LineKeeping.Apply(slices);
    }
}
