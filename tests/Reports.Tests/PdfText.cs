using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Repro.Reports.Tests;

/// <summary>Text extraction helpers over PdfPig.</summary>
internal static partial class PdfText
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>
    /// Each page's text in the order it was drawn, whitespace collapsed to single spaces: two columns side by side
    /// come out one after the other (word grouping by geometry would interleave their lines).
    /// </summary>
    public static List<string> PageTextInDrawingOrder(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Whitespace().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim())];
    }

    /// <summary>A page's words joined by single spaces (word grouping is by geometry, so spacing glyphs do not matter).</summary>
    public static string Words(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    public static List<string> PageWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(Words)];
    }

    public static int Count(string haystack, string needle)
    {
        int count = 0;
        for (int at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
