using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>A heading as one slice (wrapped if long), kept with what follows; level 1 gets a rule under it.</summary>
internal static class HeadingBlock
{
    private const float RuleGap = 3f;

    public static Slice Build(string text, int level, float width = PageGeometry.ContentWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextStyle style = Typography.Heading(level);
        using SKFont font = style.CreateFont();
        List<string> lines = TextWrapper.Prose(text, font, width);
        float textHeight = lines.Count * style.LineHeight;
        float height = textHeight + Typography.HeadingSpaceAfter + (level == 1 ? RuleGap : 0);

        return new Slice(height, (canvas, x, y) =>
        {
            for (int i = 0; i < lines.Count; i++)
                TextPainter.Line(canvas, lines[i], x, y + i * style.LineHeight, style);
            if (level == 1)
                TextPainter.HorizontalRule(canvas, x, x + width, y + textHeight + RuleGap, Typography.Rule, 0.8f);
        })
        {
            SpaceBefore = Typography.HeadingSpaceBefore(level),
            KeepWithNext = true,
        };
    }
}
