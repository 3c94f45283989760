using ScottPlot;
using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// Blocks in reading order at one width: the page's text width, or one column of a
/// <see cref="SideBySide"/> pair. Each block cuts itself into slices for the paginator.
/// </summary>
public sealed class BlockFlow
{
    /// <summary>Space between the two columns of a side-by-side pair, in points.</summary>
    public const float Gutter = 16f;

    private readonly List<SKPicture> pictures;
    private readonly bool isColumn;

    internal BlockFlow(float width, List<SKPicture> pictures, bool isColumn)
    {
        Width = width;
        this.pictures = pictures;
        this.isColumn = isColumn;
    }

    /// <summary>Width in points that text, tables and figures of this flow are laid out to.</summary>
    public float Width { get; }

    internal List<Slice> Slices { get; } = [];

    /// <summary>A heading of <paramref name="level"/> 1, 2 or 3; it is never the last thing on a page.</summary>
    public void Heading(string text, int level = 1) => Slices.Add(HeadingBlock.Build(text, level, Width));

    /// <summary>Word-wrapped prose; '\n' starts a new line. May continue on the next page.</summary>
    public void Paragraph(string text) => Slices.AddRange(ParagraphBlock.Build(text, Width));

    /// <summary>Monospace text such as a command line, wrapped at spaces or, if need be, anywhere.</summary>
    public void Code(string text) => Slices.AddRange(CodeBlock.Build(text, Width));

    /// <summary>
    /// A table with wrapping cells whose header repeats on each page it spans.
    /// <paramref name="columns"/> gives relative widths and alignments (default: equal, left);
    /// <paramref name="emphasis"/> maps (row, column) to a cell emphasis, e.g. a verdict colour.
    /// </summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<TableColumn>? columns = null, Func<int, int, CellEmphasis>? emphasis = null)
        => Slices.AddRange(TableBlock.Build(header, rows, columns, emphasis, Width));

    /// <summary>
    /// <paramref name="plot"/> as vectors across this flow's width, <paramref name="heightInPoints"/> tall, with
    /// <paramref name="caption"/> below. The plot is captured now; style it with <see cref="FigureStyle.Apply"/> first.
    /// </summary>
    public void Figure(Plot plot, double heightInPoints, string caption)
    {
        (Slice slice, SKPicture picture) = FigureBlock.Build(plot, heightInPoints, caption, Width);
        pictures.Add(picture);
        Slices.Add(slice);
    }

    /// <summary>Vertical space; dropped when it falls at the top of a page.</summary>
    public void Spacer(double points)
    {
        if (!(points >= 0) || !double.IsFinite(points)) throw new ArgumentOutOfRangeException(nameof(points), points, "spacing must be finite and non-negative");
        Slices.Add(Slice.Gap((float)points));
    }

    /// <summary>Starts a new page (no effect at the top of an empty page). Not inside a column.</summary>
    public void PageBreak()
    {
        if (isColumn) throw new InvalidOperationException("a column of a side-by-side pair cannot break the page");
        Slices.Add(Slice.PageBreak);
    }

    /// <summary>
    /// Two columns of half the width, side by side, as one unit: the pair moves to the next page
    /// whole. Only a pair taller than a page is stacked instead (left column, then right).
    /// </summary>
    public void SideBySide(Action<BlockFlow> left, Action<BlockFlow> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (isColumn) throw new InvalidOperationException("columns do not nest");
        float width = (Width - Gutter) / 2;
        var l = new BlockFlow(width, pictures, isColumn: true);
        var r = new BlockFlow(width, pictures, isColumn: true);
        left(l);
        right(r);
        Slices.AddRange(ColumnsBlock.Build(l.Slices, r.Slices, width + Gutter));
    }
}
