using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// A table as a header slice plus one slice per row. Rows never split; cells wrap within
/// their column; the header is kept with the first row and repeated on every page the table
/// continues onto.
/// </summary>
internal static class TableBlock
{
    private const float HeaderRuleWidth = 0.8f;

    public static List<Slice> Build(
        IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<TableColumn>? columns,
        Func<int, int, CellEmphasis>? emphasis)
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
        float[] widths = Widths(columns);

        Slice headerSlice = Row(header, widths, columns, _ => (Typography.TableHeader, Typography.HeaderFill), Typography.Muted, HeaderRuleWidth)
            with { SpaceBefore = Typography.BlockSpaceBefore, KeepWithNext = true };
        var slices = new List<Slice>(rows.Count + 1) { headerSlice };
        for (int r = 0; r < rows.Count; r++)
        {
            int row = r;
            Slice slice = Row(rows[r], widths, columns, c => CellStyle(emphasis?.Invoke(row, c) ?? CellEmphasis.None), Typography.Rule, Typography.RuleWidth);
            slices.Add(slice with { RepeatHeader = headerSlice });
        }
        return slices;
    }

    private static float[] Widths(IReadOnlyList<TableColumn> columns)
    {
        foreach (TableColumn column in columns)
        {
            if (!(column.RelativeWidth > 0) || !double.IsFinite(column.RelativeWidth))
                throw new ArgumentOutOfRangeException(nameof(columns), column.RelativeWidth, "relative column widths must be positive and finite");
        }
        double total = columns.Sum(c => c.RelativeWidth);
        return [.. columns.Select(c => (float)(PageGeometry.ContentWidth * c.RelativeWidth / total))];
    }

    private static (TextStyle Text, SKColor Fill) CellStyle(CellEmphasis emphasis)
    {
        if (emphasis == CellEmphasis.None) return (Typography.TableBody, SKColors.Transparent);
        (SKColor text, SKColor fill) = Typography.Emphasis(emphasis);
        return (Typography.TableHeader.WithColor(text), fill);
    }

    private static Slice Row(
        IReadOnlyList<string> cells,
        float[] widths,
        IReadOnlyList<TableColumn> columns,
        Func<int, (TextStyle Text, SKColor Fill)> styleOf,
        SKColor ruleColor,
        float ruleWidth)
    {
        const float padX = Typography.CellPaddingX, padY = Typography.CellPaddingY;
        var styles = new (TextStyle Text, SKColor Fill)[cells.Count];
        var lines = new List<string>[cells.Count];
        float height = 0;
        for (int c = 0; c < cells.Count; c++)
        {
            styles[c] = styleOf(c);
            using SKFont font = styles[c].Text.CreateFont();
            lines[c] = TextWrapper.Prose(cells[c] ?? "", font, widths[c] - 2 * padX);
            height = Math.Max(height, lines[c].Count * styles[c].Text.LineHeight + 2 * padY);
        }

        return new Slice(height, (canvas, x, y) =>
        {
            float left = x;
            for (int c = 0; c < cells.Count; c++)
            {
                (TextStyle text, SKColor fill) = styles[c];
                if (fill.Alpha != 0) TextPainter.Fill(canvas, new SKRect(left, y, left + widths[c], y + height), fill);
                for (int i = 0; i < lines[c].Count; i++)
                    TextPainter.AlignedLine(canvas, lines[c][i], left + padX, widths[c] - 2 * padX, y + padY + i * text.LineHeight, text, columns[c].Alignment);
                left += widths[c];
            }
            TextPainter.HorizontalRule(canvas, x, x + PageGeometry.ContentWidth, y + height, ruleColor, ruleWidth);
        });
    }
}
