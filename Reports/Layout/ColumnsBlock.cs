namespace Repro.Reports.Layout;

/// <summary>
/// Two stacks of slices drawn side by side as one slice, the right stack shifted by the column
/// pitch. A pair too tall for a page falls back to the left stack followed by the right one (both
/// at their own x), so nothing runs off the page.
/// </summary>
internal static class ColumnsBlock
{
    public static List<Slice> Build(IReadOnlyList<Slice> left, IReadOnlyList<Slice> right, float pitch)
    {
        List<(Slice Slice, float Top)> l = Stack(left), r = Stack(right);
        float height = Math.Max(Bottom(l), Bottom(r));
        if (height > PageGeometry.ContentHeight)
            return [.. left.Where(s => !s.IsPageBreak), .. right.Where(s => !s.IsPageBreak).Select(s => Shift(s, pitch))];
        if (height == 0) return [];
        float spaceBefore = Math.Max(l.Count > 0 ? l[0].Slice.SpaceBefore : 0, r.Count > 0 ? r[0].Slice.SpaceBefore : 0);
        return
        [
            new Slice(height, (canvas, x, y) =>
            {
                foreach ((Slice slice, float top) in l) slice.Draw(canvas, x, y + top);
                foreach ((Slice slice, float top) in r) slice.Draw(canvas, x + pitch, y + top);
            })
            {
                SpaceBefore = spaceBefore,
            },
        ];
    }

    /// <summary>Slices stacked from the top as on a fresh page: the first slice's space before is dropped.</summary>
    private static List<(Slice, float)> Stack(IReadOnlyList<Slice> slices)
    {
        var placed = new List<(Slice, float)>(slices.Count);
        float y = 0;
        foreach (Slice slice in slices)
        {
            if (slice.IsPageBreak || (placed.Count == 0 && slice.Height == 0)) continue;
            float gap = placed.Count == 0 ? 0 : slice.SpaceBefore;
            placed.Add((slice, y + gap));
            y += gap + slice.Height;
        }
        return placed;
    }

    private static float Bottom(List<(Slice Slice, float Top)> placed) => placed.Count == 0 ? 0 : placed[^1].Top + placed[^1].Slice.Height;

    private static Slice Shift(Slice slice, float dx)
        => slice with
        {
            Draw = (canvas, x, y) => slice.Draw(canvas, x + dx, y),
            RepeatHeader = slice.RepeatHeader is { } header ? Shift(header, dx) : null,
        };
}
