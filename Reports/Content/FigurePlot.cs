using Repro.Reports.Layout;
using Repro.Theory.Claims.Analysis;
using ScottPlot;

namespace Repro.Reports.Content;

/// <summary>
/// A <see cref="FigureData"/> as a ScottPlot plot: measured series as markers with their CI as
/// error bars (filled circle: calibration slice or no slice, open circle: held-out slice, open
/// triangle: censored), predictions and bounds as lines. Points outside the theorem's hypotheses
/// are hollow and grey, with one legend entry of their own. Log axes plot log10 of the data;
/// points that cannot sit on a log axis (≤ 0) are left out and counted.
/// </summary>
internal static class FigurePlot
{
    public const float MarkerSize = 6f;

    /// <summary>Height of a figure in points without its legend (title, axes, ~130 pt of data area at half width).</summary>
    public const int BaseHeight = 220;

    /// <summary>Height each legend line adds: the legend sits below the plot, so it never covers data.</summary>
    public const int LegendLineHeight = 13;

    /// <summary>Legend entry and caption phrase for points the theorem says nothing about (readers and scripts look for it).</summary>
    public const string OutsideHypotheses = "outside the theorem's hypotheses";

    private static readonly Color OutsideColour = Color.FromHex("#9A9A9A");

    /// <summary>Smallest size a long y-axis label is shrunk to before it is shortened.</summary>
    public const float MinLabelFontSize = 6.5f;

    /// <summary>Legend text size: a point under the axis labels, so entries fit a half-width figure.</summary>
    public const float LegendFontSize = 8f;

    /// <summary>Smallest size a title is set at on two lines before it is shrunk further.</summary>
    private const float TitleMinWrappedSize = 8.5f;

    /// <summary>Width a legend entry loses to the legend's frame, padding and symbol.</summary>
    private const int LegendChrome = 34;

    /// <summary>
    /// The plot laid out for <paramref name="width"/> × <paramref name="height"/> points, how many
    /// points a log axis could not show, and the y label when it had to be shortened (else null).
    /// </summary>
    public static (Plot Plot, int Height, int Hidden, string? LongYLabel) Build(FigureData figure, int width)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.ColorblindFriendly();
        Color[] colours = SeriesColours(figure.Series, palette);
        int hidden = 0;
        bool outsideLabelled = false;
        for (int s = 0; s < figure.Series.Count; s++)
        {
            SeriesData series = figure.Series[s];
            List<SeriesPoint> shown = [.. series.Points.Where(p => Fits(figure.LogX, p.X) && Fits(figure.LogY, p.Y))];
            hidden += series.Points.Count - shown.Count;
            if (shown.Count == 0) continue;
            if (series.Kind == SeriesKind.Measured) AddMeasured(plot, figure, series.Name, shown, colours[s], ref outsideLabelled);
            else AddLine(plot, figure, series, shown, colours[s]);
        }
        plot.Title(figure.Title);
        plot.XLabel(figure.XLabel);
        plot.YLabel(figure.YLabel);
        LogAxes.Apply(plot, figure.LogX, figure.LogY);
        plot.ShowLegend(Edge.Bottom);
        FigureStyle.Apply(plot);
        CompactLegend(plot.Legend);
        int lines = WrapLegend(plot, width, BaseHeight + LegendLineHeight * LegendEntries(figure));
        int height = BaseHeight + LegendLineHeight * lines;
        FitTitle(plot, figure.Title, width, height);
        string? shortened = FitYLabel(plot, figure.YLabel, width, height);
        return (plot, height, hidden, shortened);
    }

    /// <summary>
    /// Entries flow in rows under the plot, each as wide as its text, so a half-width figure fits
    /// "outside the theorem's hypotheses" without clipping it and leaves the data area its height.
    /// </summary>
    private static void CompactLegend(Legend legend)
    {
        legend.Orientation = Orientation.Horizontal;
        legend.TightHorizontalWrapping = true;
        legend.FontSize = LegendFontSize;
        legend.SymbolWidth = 14;
        legend.SymbolPadding = 4;
        legend.Padding = new PixelPadding(4, 4, 3, 3);
        legend.InterItemPadding = new PixelPadding(6, 6, 1, 1);
    }

    /// <summary>
    /// A title wider than the figure (ScottPlot would clip it at the edges) goes onto two lines, set a
    /// little smaller if need be; only a title too long even for that is shrunk further.
    /// </summary>
    private static void FitTitle(Plot plot, string title, int width, int height)
    {
        // ScottPlot centres the title over the data area and clips it at the figure's edges.
        plot.RenderInMemory(width, height);
        float centre = plot.LastRender.DataRect.HorizontalCenter;
        float available = 2 * Math.Min(centre, width - centre) - 8;
        for (float size = FigureStyle.TitleFontSize; size >= TitleMinWrappedSize; size -= 0.5f)
        {
            using var font = new SkiaSharp.SKFont(ReportFonts.Bold, size);
            List<string> lines = TextWrapper.Prose(title, font, available);
            if (lines.Count > 2 || lines.Any(l => font.MeasureText(l) > available)) continue;
            plot.Axes.Title.Label.Text = string.Join('\n', lines);
            plot.Axes.Title.Label.FontSize = size;
            return;
        }
        using var smallest = new SkiaSharp.SKFont(ReportFonts.Bold, TitleMinWrappedSize);
        List<string> two = TextWrapper.Prose(title, smallest, available);
        string first = two[0], rest = string.Join(' ', two.Skip(1));
        plot.Axes.Title.Label.Text = first + "\n" + rest;
        float needed = Math.Max(smallest.MeasureText(first), smallest.MeasureText(rest));
        plot.Axes.Title.Label.FontSize = Math.Max(MinLabelFontSize, TitleMinWrappedSize * available / needed);
    }

    /// <summary>
    /// Legend entries on as many lines as they need: the legend under the plot is no wider than the
    /// data area, and ScottPlot clips an entry that is wider.
    /// </summary>
    /// <returns>Lines the legend entries take, counted as if each had a row of its own (the figure's height allows for them).</returns>
    private static int WrapLegend(Plot plot, int width, int provisionalHeight)
    {
        plot.RenderInMemory(width, provisionalHeight);
        float available = plot.LastRender.DataRect.Width - LegendChrome;
        using var font = new SkiaSharp.SKFont(ReportFonts.Regular, LegendFontSize);
        int lines = 0;
        foreach (var scatter in plot.GetPlottables<ScottPlot.Plottables.Scatter>())
        {
            if (scatter.LegendText.Length == 0) continue;
            List<string> wrapped = TextWrapper.Prose(scatter.LegendText, font, available);
            scatter.LegendText = string.Join('\n', wrapped);
            lines += wrapped.Count;
        }
        return lines;
    }

    /// <summary>
    /// ScottPlot clips a y label longer than the data area. Shrink it to fit (down to
    /// <see cref="MinLabelFontSize"/>), else shorten it with "…" and return the full text for the caption.
    /// </summary>
    private static string? FitYLabel(Plot plot, string label, int width, int height)
    {
        plot.RenderInMemory(width, height);
        float available = plot.LastRender.DataRect.Height - 4;
        using var font = new SkiaSharp.SKFont(ReportFonts.Regular, FigureStyle.LabelFontSize);
        float needed = font.MeasureText(label);
        if (needed <= available) return null;
        float size = Math.Max(MinLabelFontSize, FigureStyle.LabelFontSize * available / needed);
        plot.Axes.Left.Label.FontSize = size;
        font.Size = size;
        if (font.MeasureText(label) <= available) return null;
        string text = label;
        while (text.Length > 1 && font.MeasureText(text + "…") > available) text = text[..^1];
        plot.Axes.Left.Label.Text = text.TrimEnd() + "…";
        return label;
    }

    /// <summary>Legend entries the plot shows: one per series with points, plus one for points outside the hypotheses.</summary>
    public static int LegendEntries(FigureData figure)
        => figure.Series.Count(s => s.Points.Count > 0)
           + (figure.Series.Any(s => s.Kind == SeriesKind.Measured && s.Points.Any(p => p.OutsideHypotheses)) ? 1 : 0);

    /// <summary>The marker kinds present, for the caption.</summary>
    public static string MarkerNote(FigureData figure)
    {
        var points = figure.Series.Where(s => s.Kind == SeriesKind.Measured).SelectMany(s => s.Points).ToList();
        var parts = new List<string>();
        if (points.Any(p => !p.Censored && !p.OutsideHypotheses && p.Slice == "calibration")) parts.Add("● calibration slice (constants fitted here)");
        if (points.Any(p => !p.Censored && !p.OutsideHypotheses && p.Slice == "held-out")) parts.Add("○ held-out slice (judged here)");
        if (points.Any(p => p.Censored)) parts.Add("△ censored (a limit, not a measurement)");
        if (points.Any(p => p.OutsideHypotheses)) parts.Add($"hollow grey: {OutsideHypotheses} (shown, not judged)");
        if (points.Any(p => p.Low is not null && p.High is not null)) parts.Add("bars: confidence intervals over seeds");
        return string.Join("; ", parts);
    }

    private static bool Fits(bool log, double value) => double.IsFinite(value) && (!log || value > 0);

    private static double Axis(bool log, double value) => log ? Math.Log10(value) : value;

    /// <summary>
    /// One scatter per marker kind, inside the hypotheses first. The series' name labels its first group inside the
    /// hypotheses; the first group outside them in the figure carries the "outside" legend entry.
    /// </summary>
    private static void AddMeasured(Plot plot, FigureData figure, string name, List<SeriesPoint> points, Color colour, ref bool outsideLabelled)
    {
        bool labelled = false;
        foreach (IGrouping<(bool Outside, MarkerShape Shape), SeriesPoint> group in points.GroupBy(p => (Outside: p.OutsideHypotheses, Shape: Marker(p)))
                     .OrderBy(g => g.Key.Outside).ThenBy(g => g.Key.Shape))
        {
            double[] xs = [.. group.Select(p => Axis(figure.LogX, p.X))];
            double[] ys = [.. group.Select(p => Axis(figure.LogY, p.Y))];
            Color drawn = group.Key.Outside ? OutsideColour : colour;
            var scatter = plot.Add.Scatter(xs, ys, drawn);
            scatter.LineWidth = 0;
            scatter.MarkerShape = group.Key.Shape;
            scatter.MarkerSize = MarkerSize;
            scatter.MarkerLineWidth = 1.2f;
            if (group.Key.Outside && !outsideLabelled)
            {
                scatter.LegendText = OutsideHypotheses;
                outsideLabelled = true;
            }
            else if (!group.Key.Outside && !labelled)
            {
                scatter.LegendText = name; // one legend entry per series; the caption explains the markers
                labelled = true;
            }
            AddErrorBars(plot, figure, [.. group], xs, ys, drawn);
        }
    }

    private static void AddErrorBars(Plot plot, FigureData figure, List<SeriesPoint> points, double[] xs, double[] ys, Color colour)
    {
        if (!points.Any(p => p.Low is not null && p.High is not null)) return;
        var below = new double[points.Count];
        var above = new double[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            SeriesPoint p = points[i];
            if (p.High is double high && Fits(figure.LogY, high)) above[i] = Math.Max(0, Axis(figure.LogY, high) - ys[i]);
            if (p.Low is double low && Fits(figure.LogY, low)) below[i] = Math.Max(0, ys[i] - Axis(figure.LogY, low));
        }
        var bars = plot.Add.ErrorBar(xs, ys, above);
        bars.YErrorPositive = above;
        bars.YErrorNegative = below;
        bars.Color = colour;
        bars.LineWidth = 1f;
    }

    private static void AddLine(Plot plot, FigureData figure, SeriesData series, List<SeriesPoint> points, Color colour)
    {
        double[] xs = [.. points.Select(p => Axis(figure.LogX, p.X))];
        double[] ys = [.. points.Select(p => Axis(figure.LogY, p.Y))];
        var line = plot.Add.ScatterLine(xs, ys, colour);
        line.LineWidth = series.Kind == SeriesKind.Bound ? 2f : 1.3f;
        line.MarkerSize = 0;
        line.LegendText = series.Name;
        if (points.Count == 1)
        {
            // A one-point line would be invisible: mark the level with a bar.
            line.MarkerShape = MarkerShape.HorizontalBar;
            line.MarkerSize = 12;
            line.MarkerLineWidth = line.LineWidth;
        }
    }

    private static MarkerShape Marker(SeriesPoint p)
        => p.Censored ? MarkerShape.OpenTriangleUp : p.Slice == "held-out" || p.OutsideHypotheses ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;

    /// <summary>
    /// When every measured series has exactly one line after it (measured, predicted, measured,
    /// predicted …), a line takes its measured series' colour; otherwise every series gets its own.
    /// </summary>
    private static Color[] SeriesColours(IReadOnlyList<SeriesData> series, IPalette palette)
    {
        var colours = new Color[series.Count];
        bool paired = series.Count % 2 == 0 && Enumerable.Range(0, series.Count)
            .All(i => (series[i].Kind == SeriesKind.Measured) == (i % 2 == 0));
        for (int i = 0; i < series.Count; i++)
            colours[i] = palette.GetColor(paired ? i / 2 : i);
        return colours;
    }
}
