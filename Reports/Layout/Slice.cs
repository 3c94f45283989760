using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// The unit of pagination: an unbreakable strip of known height that draws itself at a given
/// top-left corner. Blocks cut themselves into slices (a paragraph line, a table row, a whole
/// figure); the paginator only stacks them.
/// </summary>
/// <param name="Height">Height in points, excluding <see cref="SpaceBefore"/>.</param>
/// <param name="Draw">Draws the slice with its top-left corner at (x, y).</param>
internal sealed record Slice(float Height, Action<SKCanvas, float, float> Draw)
{
    /// <summary>Gap above the slice; dropped at the top of a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Never end a page after this slice (headings, a table header, a paragraph's first line).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>For a table row: the header to draw first when this row opens a new page.</summary>
    public Slice? RepeatHeader { get; init; }

    /// <summary>Forces the next slice onto a new page (ignored on an empty page).</summary>
    public bool IsPageBreak { get; init; }

    public static Slice PageBreak { get; } = new(0, static (_, _, _) => { }) { IsPageBreak = true };

    /// <summary>Vertical space only: vanishes at the top of a page.</summary>
    public static Slice Gap(float points) => new(0, static (_, _, _) => { }) { SpaceBefore = points };
}
