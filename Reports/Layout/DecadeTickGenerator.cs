using System.Globalization;
using System.Text;
using ScottPlot;

namespace Repro.Reports.Layout;

/// <summary>
/// Ticks for an axis whose coordinates are log10 of the data: majors at whole decades labelled
/// 10ⁿ (thinned to every 2nd, 5th… decade when crowded), minors at log10(2…9) within each
/// decade. A narrow axis also labels some minors (e.g. 2·10⁻², 5·10⁻²) so it never shows
/// fewer than two labels while there is room for more.
/// </summary>
internal sealed class DecadeTickGenerator : ITickGenerator
{
    /// <summary>Room one label needs along the axis: its width across, its height up the side.</summary>
    private const float MinPixelsPerLabelAcross = 32f, MinPixelsPerLabelUp = 20f;
    private static readonly int[] Strides = [1, 2, 3, 5, 10, 20, 50, 100];

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get; set; } = 1000;

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        double min = Math.Min(range.Min, range.Max), max = Math.Max(range.Min, range.Max);
        if (!double.IsFinite(min) || !double.IsFinite(max) || max - min > 1000)
        {
            Ticks = [];
            return;
        }

        int first = (int)Math.Ceiling(min), last = (int)Math.Floor(max);
        int decades = last - first + 1;
        float perLabel = edge is Edge.Left or Edge.Right ? MinPixelsPerLabelUp : MinPixelsPerLabelAcross;
        int fit = Math.Max(1, (int)(size.Length / perLabel));
        int stride = Strides.FirstOrDefault(s => (decades + s - 1) / s <= fit, Strides[^1]);
        int[] labelled = LabelledMultiples(max - min, decades, fit);

        var ticks = new List<Tick>();
        for (int decade = (int)Math.Floor(min); decade <= last; decade++)
        {
            if (decade >= first)
                ticks.Add(decade % stride == 0 ? Tick.Major(decade, Power(decade)) : Tick.Minor(decade));
            if (stride != 1) continue;
            for (int m = 2; m <= 9; m++)
            {
                double position = decade + Math.Log10(m);
                if (position < min || position > max) continue;
                ticks.Add(labelled.Contains(m)
                    ? Tick.Major(position, $"{m.ToString(CultureInfo.InvariantCulture)}·{Power(decade)}")
                    : Tick.Minor(position));
            }
        }
        Ticks = ticks.Count <= MaxTickCount ? [.. ticks] : [.. ticks.Where(t => t.IsMajor)];
    }

    /// <summary>
    /// Which in-decade multiples get a label: none over a wide span, 2 and 5 over a couple of
    /// decades, all of 2…9 within one — each only if the labels still fit along the axis.
    /// </summary>
    private static int[] LabelledMultiples(double span, int decades, int fit)
    {
        int[][] candidates = span < 1 ? [[2, 3, 4, 5, 6, 7, 8, 9], [2, 5], []] : span < 2.5 ? [[2, 5], []] : [[]];
        foreach (int[] multiples in candidates)
        {
            int labels = decades + (int)Math.Ceiling(multiples.Length * Math.Max(span, 0.01));
            if (labels <= fit) return multiples;
        }
        return [];
    }

    /// <summary>"10" with the exponent in Unicode superscripts (DejaVu Sans has them all).</summary>
    internal static string Power(int exponent)
    {
        var text = new StringBuilder("10");
        foreach (char c in exponent.ToString(CultureInfo.InvariantCulture))
            text.Append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']);
        return text.ToString();
    }
}
