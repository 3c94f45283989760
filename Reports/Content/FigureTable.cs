using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>
/// The numbers behind a figure. The PDF lists every measured and bound point, and a dense
/// prediction curve only at the measured x values (where it is compared); the CSV keeps every
/// plotted point at full precision.
/// </summary>
internal static class FigureTable
{
    /// <summary>Series with more points than this are curves drawn for the eye, not data.</summary>
    public const int DenseSeries = 12;

    public static readonly string[] Header = ["Series", "x", "y", "CI", "Slice", "Slack", "Note"];

    public static readonly string[] CsvHeader = ["series", "kind", "x", "y", "ci_low", "ci_high", "slice", "censored", "outside_hypotheses", "slack"];

    public static ReportTable Build(FigureData figure)
    {
        double[] measuredX = [.. figure.Series.Where(s => s.Kind == SeriesKind.Measured).SelectMany(s => s.Points).Select(p => p.X)];
        var rows = new List<IReadOnlyList<string>>();
        var csv = new List<IReadOnlyList<string>>();
        foreach (SeriesData series in figure.Series)
        {
            bool dense = series.Kind != SeriesKind.Measured && series.Points.Count > DenseSeries;
            foreach (SeriesPoint p in series.Points)
            {
                csv.Add([series.Name, series.Kind.ToString().ToLowerInvariant(), Numbers.Exact(p.X), Numbers.Exact(p.Y),
                    Numbers.Exact(p.Low), Numbers.Exact(p.High), p.Slice, Flag(p.Censored), Flag(p.OutsideHypotheses), Numbers.Exact(p.Slack)]);
                if (dense && !measuredX.Any(x => Same(x, p.X))) continue;
                rows.Add([series.Name, Numbers.Read(p.X), Numbers.Read(p.Y), Numbers.Interval(p.Low, p.High), p.Slice, Numbers.Read(p.Slack), Note(p, dense)]);
            }
        }
        return new ReportTable(figure.Id, Header, rows, CsvHeader, csv);
    }

    private static string Note(SeriesPoint p, bool dense)
    {
        var notes = new List<string>();
        if (p.Censored) notes.Add("censored (limit)");
        if (p.OutsideHypotheses) notes.Add(FigurePlot.OutsideHypotheses);
        if (dense) notes.Add("on the curve");
        return string.Join("; ", notes);
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}
