using Repro.Reports.Layout;
using ScottPlot;

namespace Repro.Reports.Content;

/// <summary>
/// The PDF writer plus the files beside it: every figure added here is also exported as SVG and
/// PNG, every table as CSV, so nothing can appear in the PDF without its file (or vice versa).
/// </summary>
internal sealed class ReportBuilder : IDisposable
{
    private readonly PdfReportWriter writer;
    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private BlockFlow current;

    public ReportBuilder(ReportMetadata metadata, string footerNote)
    {
        writer = new PdfReportWriter(metadata, footerNote);
        current = writer.Flow;
    }

    /// <summary>Width in points (= plot pixels) a figure added now is drawn at: the text width, or a column's.</summary>
    public int FigureWidth => (int)MathF.Floor(current.Width);

    /// <summary>Figures added so far (numbers captions).</summary>
    public int FigureCount { get; private set; }

    public void Heading(string text, int level) => current.Heading(text, level);

    public void Paragraph(string text) => current.Paragraph(text);

    public void Code(string text) => current.Code(text);

    public void Spacer(double points) => current.Spacer(points);

    public void PageBreak() => current.PageBreak();

    /// <summary>What <paramref name="left"/> and <paramref name="right"/> add goes into two columns side by side.</summary>
    public void SideBySide(Action left, Action right)
    {
        BlockFlow outer = current;
        try
        {
            outer.SideBySide(l => Into(l, left), r => Into(r, right));
        }
        finally
        {
            current = outer;
        }
    }

    private void Into(BlockFlow column, Action add)
    {
        current = column;
        add();
    }

    /// <summary>The plot in the PDF and as figures/<paramref name="id"/>.svg and .png; disposes the plot.</summary>
    public void Figure(string id, Plot plot, double height, string caption)
    {
        using (plot)
        {
            int pixels = (int)Math.Round(height);
            current.Figure(plot, height, caption);
            Add($"{ReportPaths.Figures}/{id}.svg", FigureExport.ToSvg(plot, FigureWidth, pixels));
            Add($"{ReportPaths.Figures}/{id}.png", FigureExport.ToPng(plot, FigureWidth, pixels));
        }
        FigureCount++;
    }

    /// <summary>The table in the PDF and as tables/&lt;name&gt;.csv.</summary>
    public void Table(ReportTable table, IReadOnlyList<TableColumn>? columns = null, Func<int, int, CellEmphasis>? emphasis = null)
    {
        current.Table(table.Header, table.Rows, columns, emphasis);
        Add($"{ReportPaths.Tables}/{table.Name}.csv", Csv.Bytes(table.CsvHeader, table.CsvRows));
    }

    /// <summary>Any other file beside the PDF (summary.md).</summary>
    public void Add(string path, byte[] bytes)
    {
        if (!files.TryAdd(path, bytes)) throw new InvalidOperationException($"the report produced '{path}' twice");
    }

    public RenderedReport Finish()
    {
        using var pdf = new MemoryStream();
        int pages = writer.Write(pdf);
        return new RenderedReport(pdf.ToArray(), pages, [.. files.Select(f => new ReportFile(f.Key, f.Value))]);
    }

    public void Dispose() => writer.Dispose();
}
