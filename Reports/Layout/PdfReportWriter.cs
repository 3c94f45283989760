using ScottPlot;
using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// The report's layout primitives. Content code calls them in reading order; <see cref="Write"/>
/// then lays everything out into A4 pages (first pass, so the page total is known) and draws
/// them into a PDF (second pass) with a footer "page k / N" plus the caller's note on every
/// page. Output bytes depend only on the calls and the metadata: no clock, no environment,
/// no random ids.
/// </summary>
public sealed class PdfReportWriter : IDisposable
{
    private readonly ReportMetadata metadata;
    private readonly string footerNote;
    private readonly List<SKPicture> pictures = [];
    private readonly BlockFlow flow;
    private bool disposed;

    /// <param name="metadata">Document information, including the one date written into the file.</param>
    /// <param name="footerNote">Left part of every footer, e.g. "manifest 3f9a1c…".</param>
    public PdfReportWriter(ReportMetadata metadata, string footerNote)
    {
        this.metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        this.footerNote = footerNote ?? throw new ArgumentNullException(nameof(footerNote));
        flow = new BlockFlow(PageGeometry.ContentWidth, pictures, isColumn: false);
    }

    /// <summary>Usable text width in points — the width figures are drawn at.</summary>
    public static double TextWidth => PageGeometry.ContentWidth;

    /// <summary>Usable text height of a page in points (the upper bound for a figure plus caption).</summary>
    public static double TextHeight => PageGeometry.ContentHeight;

    /// <summary>The document's flow at the text width; the methods below add to it.</summary>
    public BlockFlow Flow
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return flow;
        }
    }

    /// <inheritdoc cref="BlockFlow.Heading"/>
    public void Heading(string text, int level = 1) => Flow.Heading(text, level);

    /// <inheritdoc cref="BlockFlow.Paragraph"/>
    public void Paragraph(string text) => Flow.Paragraph(text);

    /// <inheritdoc cref="BlockFlow.Code"/>
    public void Code(string text) => Flow.Code(text);

    /// <inheritdoc cref="BlockFlow.Table"/>
    public void Table(
        IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<TableColumn>? columns = null,
        Func<int, int, CellEmphasis>? emphasis = null)
        => Flow.Table(header, rows, columns, emphasis);

    /// <inheritdoc cref="BlockFlow.Figure"/>
    public void Figure(Plot plot, double heightInPoints, string caption) => Flow.Figure(plot, heightInPoints, caption);

    /// <inheritdoc cref="BlockFlow.Spacer"/>
    public void Spacer(double points) => Flow.Spacer(points);

    /// <inheritdoc cref="BlockFlow.PageBreak"/>
    public void PageBreak() => Flow.PageBreak();

    /// <inheritdoc cref="BlockFlow.SideBySide"/>
    public void SideBySide(Action<BlockFlow> left, Action<BlockFlow> right) => Flow.SideBySide(left, right);

    /// <summary>Lays out and writes the PDF to <paramref name="output"/>; returns the page count. May be called again.</summary>
    public int Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(disposed, this);
        IReadOnlyList<PageLayout> pages = Paginator.Paginate(flow.Slices, PageGeometry.ContentHeight);
        PdfRenderer.Render(output, metadata, footerNote, pages);
        return pages.Count;
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        foreach (SKPicture picture in pictures) picture.Dispose();
        pictures.Clear();
    }
}
