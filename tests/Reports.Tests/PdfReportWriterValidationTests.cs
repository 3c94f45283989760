using Repro.Reports.Layout;

namespace Repro.Reports.Tests;

public sealed class PdfReportWriterValidationTests
{
    private static PdfReportWriter NewWriter()
        => new(new ReportMetadata("t", "a", "s", "c", "p", SampleReport.Date), "note");

    [Fact]
    public void RejectsMalformedBlocksWithTheOffendingArgument()
    {
        using var writer = NewWriter();
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => writer.Heading("x", 4)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => writer.Table(["a", "b"], [["only one"]])).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => writer.Table(["a", "b"], [], [new TableColumn()])).ParamName);
        Assert.Equal("heightInPoints", Assert.Throws<ArgumentOutOfRangeException>(() => writer.Figure(SamplePlots.Linear(), PdfReportWriter.TextHeight + 1, "")).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => writer.Spacer(-1)).ParamName);
    }

    [Fact]
    public void WritingLeavesTheStreamOpenAndAnEmptyDocumentHasOnePage()
    {
        using var writer = NewWriter();
        using var buffer = new MemoryStream();
        Assert.Equal(1, writer.Write(buffer));
        Assert.True(buffer.CanWrite);
        Assert.Equal("page 1 / 1 note", string.Join(' ', PdfText.PageWords(buffer.ToArray())).Replace("note page 1 / 1", "page 1 / 1 note", StringComparison.Ordinal));
    }

    [Fact]
    public void DisposedWriterRefusesWork()
    {
        var writer = NewWriter();
        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.Paragraph("late"));
        Assert.Throws<ObjectDisposedException>(() => writer.Write(Stream.Null));
    }
}
