using System.Globalization;
using Repro.Reports.Layout;

namespace Repro.Reports.Tests;

/// <summary>
/// Content taller than a page: a table cell breaks across pages under a repeated header, and a
/// side-by-side pair too tall for one page is stacked; neither runs over the footer or off the page.
/// </summary>
public sealed class TallContentTests
{
    private const int Lines = 150;
    private const string Note = "manifest tallcell0001";
    private static readonly ReportMetadata Metadata = new("Tall", "Repro", "Tall content", "Repro tests", "Repro.Reports", SampleReport.Date);

    private static string LineToken(int i) => string.Create(CultureInfo.InvariantCulture, $"keyline{i:D3}");

    private static byte[] Render(Action<PdfReportWriter> build, out int pages)
    {
        using var writer = new PdfReportWriter(Metadata, Note);
        build(writer);
        using var buffer = new MemoryStream();
        pages = writer.Write(buffer);
        return buffer.ToArray();
    }

    private static string TallCell() => string.Join('\n', Enumerable.Range(1, Lines).Select(LineToken));

    [Fact]
    public void ACellTallerThanAPageContinuesOnTheNextPagesUnderItsHeader()
    {
        byte[] pdf = Render(w =>
        {
            w.Paragraph("Before the table.");
            w.Table(["Claim", "HeaderTokenKeys"], [["C1 v1", "short"], ["C2 v1", TallCell()], ["C3 v1", "after"]], [new(1), new(4)]);
        }, out int pageCount);

        Assert.True(pageCount >= 3, $"{Lines} lines fit on {pageCount} page(s)");
        Assert.Empty(PageBounds.Escapes(pdf, Note));
        List<string> pages = PdfText.PageWords(pdf);
        string all = string.Join("\n", pages);
        for (int i = 1; i <= Lines; i++) Assert.Equal(1, PdfText.Count(all, LineToken(i)));
        int first = pages.FindIndex(p => p.Contains(LineToken(1), StringComparison.Ordinal));
        int last = pages.FindIndex(p => p.Contains(LineToken(Lines), StringComparison.Ordinal));
        for (int p = first; p <= last; p++) Assert.Contains("HeaderTokenKeys", pages[p], StringComparison.Ordinal);
        Assert.Contains("C3 v1", pages[last], StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsSitSideBySideAtTheSameHeight()
    {
        byte[] pdf = Render(w => w.SideBySide(l => l.Paragraph("LeftColumnToken"), r => r.Paragraph("RightColumnToken")), out int pageCount);

        Assert.Equal(1, pageCount);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        var left = words.Single(w => w.Text == "LeftColumnToken").BoundingBox;
        var right = words.Single(w => w.Text == "RightColumnToken").BoundingBox;
        Assert.Equal(left.Bottom, right.Bottom, 3);
        double half = PdfReportWriter.TextWidth / 2;
        Assert.True(left.Right < 62 + half, $"left column ends at {left.Right:F0}");
        Assert.True(right.Left > 62 + half, $"right column starts at {right.Left:F0}");
    }

    [Fact]
    public void APairTallerThanAPageIsStackedInsteadOfRunningOverTheFooter()
    {
        string tall = string.Join('\n', Enumerable.Range(1, 80).Select(LineToken));
        byte[] pdf = Render(w => w.SideBySide(l => l.Paragraph(tall), r => r.Paragraph(tall.Replace("keyline", "rightline", StringComparison.Ordinal))), out int pageCount);

        Assert.True(pageCount >= 2);
        Assert.Empty(PageBounds.Escapes(pdf, Note));
        string all = string.Join("\n", PdfText.PageWords(pdf));
        Assert.Equal(1, PdfText.Count(all, "keyline080"));
        Assert.Equal(1, PdfText.Count(all, "rightline080"));
    }
}
