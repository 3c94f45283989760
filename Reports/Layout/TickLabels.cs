using System.Globalization;

namespace Repro.Reports.Layout;

/// <summary>
/// ScottPlot's default numeric tick labels, but culture-invariant: ScottPlot formats with the
/// current culture, so a German locale would print "0,35" and change the report's bytes.
/// </summary>
internal static class TickLabels
{
    public static string Invariant(double value)
    {
        if ((int)value == value || Math.Abs(value) > 1000)
            return value.ToString("N0", CultureInfo.InvariantCulture);
        string label = Math.Round(value, 10).ToString("G", CultureInfo.InvariantCulture);
        return label == "-0" ? "0" : label;
    }
}
