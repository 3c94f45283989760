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
    private readonly List<Slice> slices = [];
    private readonly List<SKPicture> pictures = [];
    private bool disposed;

    /// <param name="metadata">Document information, including the one date written into the file.</param>
    /// <param name="footerNote">Left part of every footer, e.g. "manifest 3f9a1c…".</param>
    public PdfReportWriter(ReportMetadata metadata, string footerNote)
    {
        this.metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        this.footerNote = footerNote ?? throw new ArgumentNullException(nameof(footerNote));
    }

    /// <summary>Usable text width in points — the width figures are drawn at.</summary>
    public static double TextWidth => PageGeometry.ContentWidth;

    /// <summary>Usable text height of a page in points (the upper bound for a figure plus caption).</summary>
    public static double TextHeight => PageGeometry.ContentHeight;

    /// <summary>A heading of <paramref name="level"/> 1, 2 or 3; it is never the last thing on a page.</summary>
    public void Heading(string text, int level = 1) => Add(HeadingBlock.Build(text, level));

    /// <summary>Word-wrapped prose; '\n' starts a new line. May continue on the next page.</summary>
    public void Paragraph(string text) => Add(ParagraphBlock.Build(text));

    /// <summary>Monospace text such as a command line, wrapped at spaces or, if need be, anywhere.</summary>
    public void Code(string text) => Add(CodeBlock.Build(text));

    /// <summary>
    /// A table with wrapping cells whose header repeats on each page it spans.
    /// <paramref name="columns"/> gives relative widths and alignments (default: equal, left);
    /// <paramref name="emphasis"/> maps (row, column) to a cell emphasis, e.g. a verdict colour.
    /// </summary>
    public void Table(
        IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<TableColumn>? columns = null,
        Func<int, int, CellEmphasis>? emphasis = null)
        => Add(TableBlock.Build(header, rows, columns, emphasis));

    /// <summary>
    /// <paramref name="plot"/> as vectors across the text width, <paramref name="heightInPoints"/>
    /// tall, with <paramref name="caption"/> below. The plot is captured now; style it with
    /// <see cref="FigureStyle.Apply"/> first.
    /// </summary>
    public void Figure(Plot plot, double heightInPoints, string caption)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        (Slice slice, SKPicture picture) = FigureBlock.Build(plot, heightInPoints, caption);
        pictures.Add(picture);
        slices.Add(slice);
    }

    /// <summary>Vertical space; dropped when it falls at the top of a page.</summary>
    public void Spacer(double points)
    {
        if (!(points >= 0) || !double.IsFinite(points)) throw new ArgumentOutOfRangeException(nameof(points), points, "spacing must be finite and non-negative");
        Add(Slice.Gap((float)points));
    }

    /// <summary>Starts a new page (no effect at the top of an empty page).</summary>
    public void PageBreak() => Add(Slice.PageBreak);

    /// <summary>Lays out and writes the PDF to <paramref name="output"/>; returns the page count. May be called again.</summary>
    public int Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(disposed, this);
        IReadOnlyList<PageLayout> pages = Paginator.Paginate(slices, PageGeometry.ContentHeight);
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

    private void Add(Slice slice)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        slices.Add(slice);
    }

    private void Add(List<Slice> block)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        slices.AddRange(block);
    }
}
