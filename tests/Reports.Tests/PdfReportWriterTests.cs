using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Repro.Reports.Tests;

public sealed partial class PdfReportWriterTests
{
    private static readonly Lazy<(byte[] Pdf, int Pages)> Sample = new(() => (SampleReport.Render(SampleReport.Date, out int n), n));

    [GeneratedRegex(@"/(CreationDate|ModDate) \(D:[^)]*\)")]
    private static partial Regex DateField();

    [Fact]
    public void EveryPageCarriesItsNumberTheTotalAndTheNote()
    {
        (byte[] pdf, int pages) = Sample.Value;
        List<string> text = PdfText.PageWords(pdf);

        Assert.True(pages > 1, $"expected several pages, got {pages}");
        Assert.Equal(pages, text.Count);
        for (int k = 1; k <= pages; k++)
        {
            Assert.Contains($"page {k} / {pages}", text[k - 1], StringComparison.Ordinal);
            Assert.Contains(SampleReport.FooterNote, text[k - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryHeadingAndEveryTableCellIsInTheText()
    {
        List<string> pages = PdfText.PageWords(Sample.Value.Pdf);
        string all = string.Join('\n', pages);
        var words = all.Split([' ', '\n']).ToHashSet(StringComparer.Ordinal);

        foreach (string heading in SampleReport.Headings)
            Assert.Contains(heading, all, StringComparison.Ordinal);
        foreach (string cell in SampleReport.TableRows.SelectMany(row => row).Concat(SampleReport.TableHeader))
        {
            foreach (string word in cell.Split(' '))
                Assert.Contains(word, words);
        }
    }

    [Fact]
    public void TableSplitsAcrossPagesAndRepeatsItsHeader()
    {
        List<string> pages = PdfText.PageWords(Sample.Value.Pdf);
        string headerLine = string.Join(' ', SampleReport.TableHeader);

        int first = pages.FindIndex(p => p.Contains("C1 ", StringComparison.Ordinal));
        int last = pages.FindIndex(p => p.Contains("C46 ", StringComparison.Ordinal));
        Assert.True(first >= 0 && last > first, $"table rows on pages {first + 1} and {last + 1}");
        for (int p = first; p <= last; p++)
            Assert.Contains(headerLine, pages[p], StringComparison.Ordinal);
    }

    [Fact]
    public void NoTextRunsOverTheFooterOrOffThePage() => Assert.Empty(PageBounds.Escapes(Sample.Value.Pdf, SampleReport.FooterNote));

    [Fact]
    public void LongParagraphContinuesOnTheNextPage()
    {
        List<string> pages = PdfText.PageWords(Sample.Value.Pdf);
        int start = pages.FindIndex(p => p.Contains("Sentence 1 describes", StringComparison.Ordinal));
        int end = pages.FindIndex(p => p.Contains("Sentence 60 describes", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, $"paragraph on pages {start + 1}..{end + 1}");
    }

    [Fact]
    public void PlotTextIsDrawnExactlyOnce()
    {
        string all = string.Join('\n', PdfText.PageWords(Sample.Value.Pdf));
        Assert.Equal(1, PdfText.Count(all, SamplePlots.LogXLabel));
        Assert.Equal(1, PdfText.Count(all, SamplePlots.LinearXLabel));
        Assert.Equal(2, PdfText.Count(all, "Gradient norm against sequence length")); // plot title + caption
    }

    [Fact]
    public void RotatedAxisLabelsAreDrawnExactlyOnce()
    {
        using var document = PdfDocument.Open(Sample.Value.Pdf);
        string letters = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        Assert.Equal(1, PdfText.Count(letters, SamplePlots.LogYLabel.Replace(" ", "", StringComparison.Ordinal)) + PdfText.Count(letters, SamplePlots.LogYLabel));
        Assert.Equal(1, PdfText.Count(letters, SamplePlots.LinearYLabel.Replace(" ", "", StringComparison.Ordinal)) + PdfText.Count(letters, SamplePlots.LinearYLabel));
    }

    [Fact]
    public void SameInputsGiveTheSameBytes()
    {
        byte[] again = SampleReport.Render(SampleReport.Date);
        Assert.Equal(Sample.Value.Pdf, again);
    }

    [Fact]
    public void TheSameInstantInAnotherOffsetGivesTheSameBytes()
    {
        byte[] shifted = SampleReport.Render(SampleReport.Date.ToOffset(TimeSpan.FromHours(-7)));
        Assert.Equal(Sample.Value.Pdf, shifted);
    }

    [Fact]
    public void AnotherDateChangesOnlyTheDateFields()
    {
        byte[] a = Sample.Value.Pdf;
        byte[] b = SampleReport.Render(SampleReport.Date.AddDays(400).AddHours(5));
        Assert.Equal(a.Length, b.Length);

        string textA = Encoding.Latin1.GetString(a);
        var fields = DateField().Matches(textA).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        Assert.Equal(2, fields.Count);
        int differing = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            differing++;
            Assert.True(fields.Any(f => i >= f.Index && i < f.End), $"byte {i} differs outside the date fields");
        }
        Assert.True(differing > 0);
        Assert.Contains("/CreationDate (D:20240506070809+00'00')", textA, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheThreeReportFacesAreEmbedded()
    {
        string raw = Encoding.Latin1.GetString(Sample.Value.Pdf);
        Assert.Equal(3, PdfText.Count(raw, "/FontFile2"));
        using var document = PdfDocument.Open(Sample.Value.Pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Select(n => n[(n.IndexOf('+') + 1)..]).ToHashSet();
        Assert.Equal(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"], fonts.Order(StringComparer.Ordinal));
    }
}
