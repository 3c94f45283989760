namespace Repro.Reports.Layout;

/// <summary>
/// Stacks slices into pages of a fixed height — the first of two passes, so the footer's page
/// total is known before anything is drawn. Rules: a slice that does not fit opens a new page;
/// a run of keep-with-next slices moves as a whole with the slice after it (so a heading never
/// ends a page), unless the run could not fit even on an empty page; a table row that opens a
/// page brings its header; gaps vanish at the top of a page; a trailing empty page is dropped.
/// </summary>
internal static class Paginator
{
    public static IReadOnlyList<PageLayout> Paginate(IReadOnlyList<Slice> slices, float pageHeight)
    {
        var pages = new List<PageLayout>();
        var items = new List<PlacedSlice>();
        float y = 0;

        for (int i = 0; i < slices.Count; i++)
        {
            Slice slice = slices[i];
            if (slice.IsPageBreak)
            {
                if (items.Count > 0) NewPage();
                continue;
            }
            if (items.Count == 0 && slice.Height == 0) continue;

            if (items.Count > 0 && y + Needed(slices, i, pageHeight) > pageHeight)
            {
                NewPage();
                if (slice.RepeatHeader is { } header) Place(header);
                if (slice.Height == 0) continue;
            }
            Place(slice);
        }
        if (items.Count > 0 || pages.Count == 0) NewPage();
        return pages;

        void Place(Slice slice)
        {
            float gap = items.Count == 0 ? 0 : slice.SpaceBefore;
            items.Add(new PlacedSlice(slice, y + gap));
            y += gap + slice.Height;
        }

        void NewPage()
        {
            pages.Add(new PageLayout(items));
            items = [];
            y = 0;
        }
    }

    /// <summary>
    /// Height that must still fit on the current page for slice <paramref name="i"/> to go
    /// there: the slice plus, if it is kept with the next, the whole keep-with-next run and the
    /// slice that ends it.
    /// </summary>
    private static float Needed(IReadOnlyList<Slice> slices, int i, float pageHeight)
    {
        float own = slices[i].SpaceBefore + slices[i].Height;
        float chain = own;
        float chainOnFreshPage = slices[i].Height;
        for (int j = i; slices[j].KeepWithNext && j + 1 < slices.Count && !slices[j + 1].IsPageBreak; j++)
        {
            float next = slices[j + 1].SpaceBefore + slices[j + 1].Height;
            chain += next;
            chainOnFreshPage += next;
        }
        return chainOnFreshPage <= pageHeight ? chain : own;
    }
}
