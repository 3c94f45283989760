using System.Globalization;
using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>The band under the text block: a rule, the caller's note on the left (the manifest hash), "page k / N" on the right.</summary>
internal static class PageFooter
{
    public static void Draw(SKCanvas canvas, int page, int pageCount, string note)
    {
        const float left = PageGeometry.ContentLeft;
        const float right = PageGeometry.ContentLeft + PageGeometry.ContentWidth;
        const float bottom = PageGeometry.ContentTop + PageGeometry.ContentHeight;
        TextStyle style = Typography.Footer;

        TextPainter.HorizontalRule(canvas, left, right, bottom + PageGeometry.FooterRuleGap, Typography.Rule);
        float top = bottom + PageGeometry.FooterBaselineGap - style.LineHeight / 2;
        string number = string.Create(CultureInfo.InvariantCulture, $"page {page} / {pageCount}");
        TextPainter.AlignedLine(canvas, number, left, right - left, top, style, ColumnAlignment.Right);

        using SKFont font = style.CreateFont();
        float room = right - left - font.MeasureText(number) - 24;
        string fitted = TextWrapper.Prose(note, font, room).FirstOrDefault() ?? "";
        TextPainter.Line(canvas, fitted, left, top, style);
    }
}
