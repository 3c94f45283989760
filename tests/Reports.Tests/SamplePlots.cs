using Repro.Reports.Layout;
using ScottPlot;

namespace Repro.Reports.Tests;

/// <summary>Small deterministic plots with a scatter, a line and error bars, styled like the report's.</summary>
internal static class SamplePlots
{
    public const string LogXLabel = "sequence length T (steps)";
    public const string LogYLabel = "gradient norm";
    public const string LinearXLabel = "hidden width m (units)";
    public const string LinearYLabel = "test loss";

    public static Plot LogLog()
    {
        double[] t = [4, 8, 16, 32, 64, 128, 256];
        double[] norm = [0.9, 0.52, 0.27, 0.15, 0.071, 0.038, 0.019];
        double[] x = LogAxes.Log10(t);
        double[] y = LogAxes.Log10(norm);
        double[] err = [.. y.Select((_, i) => 0.04 + 0.01 * i)];

        var plot = new Plot();
        var measured = plot.Add.Scatter(x, y);
        measured.LineWidth = 0;
        measured.MarkerSize = 6;
        measured.LegendText = "measured";
        var bars = plot.Add.ErrorBar(x, y, err);
        bars.Color = measured.Color;
        var fit = plot.Add.ScatterLine(new[] { x[0], x[^1] }, new[] { y[0], y[0] - (x[^1] - x[0]) });
        fit.LegendText = "predicted slope −1";
        plot.XLabel(LogXLabel);
        plot.YLabel(LogYLabel);
        plot.Title("Gradient norm against sequence length");
        LogAxes.Apply(plot, x: true, y: true);
        plot.ShowLegend(Alignment.UpperRight);
        FigureStyle.Apply(plot);
        return plot;
    }

    public static Plot Linear()
    {
        double[] m = [16, 32, 64, 128, 256, 512];
        double[] loss = [0.42, 0.31, 0.22, 0.17, 0.15, 0.14];
        double[] err = [0.03, 0.025, 0.02, 0.015, 0.012, 0.01];

        var plot = new Plot();
        var scatter = plot.Add.Scatter(m, loss);
        scatter.LegendText = "mean over 5 seeds";
        var bars = plot.Add.ErrorBar(m, loss, err);
        bars.Color = scatter.Color;
        plot.Add.ScatterLine(new[] { 16.0, 512.0 }, new[] { 0.13, 0.13 }).LegendText = "floor";
        plot.XLabel(LinearXLabel);
        plot.YLabel(LinearYLabel);
        plot.ShowLegend(Alignment.UpperRight);
        FigureStyle.Apply(plot);
        return plot;
    }
}
