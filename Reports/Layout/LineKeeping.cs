namespace Repro.Reports.Layout;

/// <summary>
/// Widow and orphan control for a block cut into lines: its first two and last two lines stay
/// together (a block of three lines or fewer stays whole), so a page never ends or starts with
/// a lone line of it.
/// </summary>
internal static class LineKeeping
{
    public static List<Slice> Apply(List<Slice> lines)
    {
        int n = lines.Count;
        for (int i = 0; i < n - 1; i++)
        {
            bool keep = n <= 3 || i == 0 || i == n - 2;
            if (keep) lines[i] = lines[i] with { KeepWithNext = true };
        }
        return lines;
    }
}
