using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Repro.Reports.Tests;

/// <summary>
/// Text that escapes the text block: below the footer rule (other than the footer itself) or off
/// the page. PDF coordinates grow upwards from the bottom-left corner of the page.
/// </summary>
internal static partial class PageBounds
{
    /// <summary>The footer rule's height above the bottom edge (PageGeometry: 64 pt margin, rule 18 pt under the text block).</summary>
    private const double FooterRule = 64 - 18;

    /// <summary>A descender of the last text line may dip this far under the text block.</summary>
    private const double TextBlockBottom = 64 - 4;

    [GeneratedRegex(@"^(page|/|\d+)$")]
    private static partial Regex FooterWord();

    /// <summary>"page 3: 'abc' at y = 40" for every word outside the text block that is not the footer's.</summary>
    public static List<string> Escapes(byte[] pdf, string footerNote)
    {
        string[] noteWords = footerNote.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var escapes = new List<string>();
        using var document = PdfDocument.Open(pdf);
        foreach (Page page in document.GetPages())
            foreach (Word word in page.GetWords())
            {
                var box = word.BoundingBox;
                bool offPage = box.Left < 0 || box.Right > page.Width || box.Bottom < 0 || box.Top > page.Height;
                bool footer = box.Top < FooterRule && (noteWords.Contains(word.Text) || FooterWord().IsMatch(word.Text));
                if (offPage || (box.Bottom < TextBlockBottom && !footer))
                    escapes.Add($"page {page.Number}: '{word.Text}' at x = {box.Left:F0}, y = {box.Bottom:F0}");
            }
        return escapes;
    }
}
