using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// A table as a header slice plus one slice per row. Cells wrap within their column; the header
/// is kept with the first row and repeated on every page the table continues onto. A row stays
/// whole unless it is taller than a page can hold under the header: such a row is cut into one
/// band per text line, so its tall cell continues on the next page instead of running over the footer.
/// </summary>
internal static class TableBlock
{
    private const float HeaderRuleWidth = 0.8f;

    public static List<Slice> Build(
        IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<TableColumn>? columns,
        Func<int, int, CellEmphasis>? emphasis,
        float width = PageGeometry.ContentWidth)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        int n = header.Count;
        if (n == 0) throw new ArgumentException("a table needs at least one column", nameof(header));
        columns ??= [.. Enumerable.Repeat(new TableColumn(), n)];
        if (columns.Count != n) throw new ArgumentException($"{columns.Count} column specs for {n} header cells", nameof(columns));
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != n) throw new ArgumentException($"row {r} has {rows[r].Count} cells, the header {n}", nameof(rows));
        }
        float[] widths = Widths(columns, width);

        CellText headerCells = Lay(header, widths, _ => (Typography.TableHeader, Typography.HeaderFill));
        Slice headerSlice = Band(headerCells, widths, columns, 0, headerCells.Lines, Typography.Muted, HeaderRuleWidth, true, true)
            with { SpaceBefore = Typography.BlockSpaceBefore, KeepWithNext = true };
        float roomUnderHeader = PageGeometry.ContentHeight - headerSlice.Height;
        var slices = new List<Slice>(rows.Count + 1) { headerSlice };
        for (int r = 0; r < rows.Count; r++)
        {
            int row = r;
            CellText cells = Lay(rows[r], widths, c => CellStyle(emphasis?.Invoke(row, c) ?? CellEmphasis.None));
            if (cells.Height(0, cells.Lines, true, true) <= roomUnderHeader)
            {
                slices.Add(Band(cells, widths, columns, 0, cells.Lines, Typography.Rule, Typography.RuleWidth, true, true) with { RepeatHeader = headerSlice });
                continue;
            }
            for (int line = 0; line < cells.Lines; line++)
                slices.Add(Band(cells, widths, columns, line, line + 1, Typography.Rule, Typography.RuleWidth, line == 0, line == cells.Lines - 1)
                    with { RepeatHeader = headerSlice });
        }
        return slices;
    }

    /// <summary>A row's cells wrapped into lines, with the style of each cell.</summary>
    private sealed record CellText((TextStyle Text, SKColor Fill)[] Styles, List<string>[] CellLines)
    {
        /// <summary>Lines of the tallest cell.</summary>
        public int Lines => CellLines.Max(l => l.Count);

        public float LineHeight => Styles.Max(s => s.Text.LineHeight);

        /// <summary>Height of lines [<paramref name="from"/>, <paramref name="to"/>) with the cell padding at the row's top and bottom edges.</summary>
        public float Height(int from, int to, bool top, bool bottom)
            => (to - from) * LineHeight + (top ? Typography.CellPaddingY : 0) + (bottom ? Typography.CellPaddingY : 0);
    }

    private static float[] Widths(IReadOnlyList<TableColumn> columns, float width)
    {
        foreach (TableColumn column in columns)
        {
            if (!(column.RelativeWidth > 0) || !double.IsFinite(column.RelativeWidth))
                throw new ArgumentOutOfRangeException(nameof(columns), column.RelativeWidth, "relative column widths must be positive and finite");
        }
        double total = columns.Sum(c => c.RelativeWidth);
        return [.. columns.Select(c => (float)(width * c.RelativeWidth / total))];
    }

    private static (TextStyle Text, SKColor Fill) CellStyle(CellEmphasis emphasis)
    {
        if (emphasis == CellEmphasis.None) return (Typography.TableBody, SKColors.Transparent);
        (SKColor text, SKColor fill) = Typography.Emphasis(emphasis);
        return (Typography.TableHeader.WithColor(text), fill);
    }

    private static CellText Lay(IReadOnlyList<string> cells, float[] widths, Func<int, (TextStyle Text, SKColor Fill)> styleOf)
    {
        var styles = new (TextStyle Text, SKColor Fill)[cells.Count];
        var lines = new List<string>[cells.Count];
        for (int c = 0; c < cells.Count; c++)
        {
            styles[c] = styleOf(c);
            using SKFont font = styles[c].Text.CreateFont();
            lines[c] = TextWrapper.Prose(cells[c] ?? "", font, widths[c] - 2 * Typography.CellPaddingX);
        }
        return new CellText(styles, lines);
    }

    /// <summary>
    /// Lines [<paramref name="from"/>, <paramref name="to"/>) of a row as one slice: the whole row, or one band of a
    /// row too tall for a page. Padding sits at the row's top and bottom edges, the rule under its last band.
    /// </summary>
    private static Slice Band(CellText cells, float[] widths, IReadOnlyList<TableColumn> columns, int from, int to,
        SKColor ruleColor, float ruleWidth, bool top, bool bottom)
    {
        float height = cells.Height(from, to, top, bottom);
        float lineHeight = cells.LineHeight;
        float padTop = top ? Typography.CellPaddingY : 0;
        float tableWidth = widths.Sum();
        return new Slice(height, (canvas, x, y) =>
        {
            float left = x;
            for (int c = 0; c < widths.Length; c++)
            {
                (TextStyle text, SKColor fill) = cells.Styles[c];
                if (fill.Alpha != 0) TextPainter.Fill(canvas, new SKRect(left, y, left + widths[c], y + height), fill);
                List<string> lines = cells.CellLines[c];
                for (int i = from; i < Math.Min(to, lines.Count); i++)
                    TextPainter.AlignedLine(canvas, lines[i], left + Typography.CellPaddingX, widths[c] - 2 * Typography.CellPaddingX,
                        y + padTop + (i - from) * lineHeight, text, columns[c].Alignment);
                left += widths[c];
            }
            if (bottom) TextPainter.HorizontalRule(canvas, x, x + tableWidth, y + height, ruleColor, ruleWidth);
        });
    }
}
