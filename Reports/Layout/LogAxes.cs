using ScottPlot;

namespace Repro.Reports.Layout;

/// <summary>
/// Log scales for ScottPlot 5, which has no true log axis: the caller plots log10 of the data
/// (see <see cref="Log10"/>) and this labels the ticks as powers of ten. Axis labels and their
/// units stay the caller's job.
/// </summary>
public static class LogAxes
{
    /// <summary>Gives the bottom (<paramref name="x"/>) and/or left (<paramref name="y"/>) axis decade ticks.</summary>
    public static void Apply(Plot plot, bool x, bool y)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (x) plot.Axes.Bottom.TickGenerator = new DecadeTickGenerator();
        if (y) plot.Axes.Left.TickGenerator = new DecadeTickGenerator();
    }

    /// <summary>log10 of each value; throws on a value ≤ 0 or not finite, which has no place on a log axis.</summary>
    public static double[] Log10(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new double[values.Count];
        for (int i = 0; i < result.Length; i++)
        {
            double v = values[i];
            if (!(v > 0) || !double.IsFinite(v))
                throw new ArgumentOutOfRangeException(nameof(values), v, $"value {i} cannot be shown on a log axis");
            result[i] = Math.Log10(v);
        }
        return result;
    }
}
