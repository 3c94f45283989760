using ScottPlot;
using ScottPlot.TickGenerators;

namespace Repro.Reports.Layout;

/// <summary>
/// One look for every figure: DejaVu Sans at print sizes (1 plot pixel = 1 pt on the page),
/// white background, light grid, colour-blind-safe palette, culture-invariant tick labels.
/// Call it after adding plottables, axes and tick generators, and set fonts through it only:
/// ScottPlot's own <c>plot.Font.Set</c> disposes the cached typeface it resolves, which would
/// kill the faces the page text shares.
/// </summary>
public static class FigureStyle
{
    private static readonly Color Ink = Color.FromHex("#222222");
    private static readonly Color Frame = Color.FromHex("#555555");
    private static readonly Color Grid = Color.FromHex("#E4E4E4");

    /// <summary>Tick label size in points.</summary>
    public const float TickFontSize = 8f;

    /// <summary>Axis label and legend size in points.</summary>
    public const float LabelFontSize = 9f;

    /// <summary>Plot title size in points.</summary>
    public const float TitleFontSize = 10f;

    /// <summary>
    /// Styles <paramref name="plot"/>. Also points ScottPlot's process-wide default font at the
    /// report face, so text plottables added later use it too.
    /// </summary>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ReportFontResolver.Install();
        Fonts.Default = ReportFonts.PlotFamily;
        Fonts.DefaultFontStyle = null;

        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Add.Palette = new ScottPlot.Palettes.ColorblindFriendly();

        SetText(plot.Axes.Title.Label, TitleFontSize, bold: true);
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            SetText(axis.Label, LabelFontSize, bold: false);
            SetText(axis.TickLabelStyle, TickFontSize, bold: false);
            axis.FrameLineStyle.Color = Frame;
            axis.FrameLineStyle.Width = 0.8f;
            axis.MajorTickStyle.Color = Frame;
            axis.MajorTickStyle.Width = 0.8f;
            axis.MajorTickStyle.Length = 4;
            axis.MinorTickStyle.Color = Frame;
            axis.MinorTickStyle.Width = 0.6f;
            axis.MinorTickStyle.Length = 2;
            if (axis.TickGenerator is NumericAutomatic numeric) numeric.LabelFormatter = TickLabels.Invariant;
        }

        plot.Grid.MajorLineColor = Grid;
        plot.Grid.MajorLineWidth = 0.6f;
        plot.Grid.MinorLineWidth = 0;

        plot.Legend.FontName = ReportFonts.PlotFamily;
        plot.Legend.FontSize = LabelFontSize;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.OutlineColor = Grid;
        plot.Legend.ShadowColor = Colors.Transparent;
    }

    private static void SetText(LabelStyle label, float size, bool bold)
    {
        label.Font = null; // an explicit typeface would override FontName and Bold
        label.FontName = ReportFonts.PlotFamily;
        label.FontSize = size;
        label.Bold = bold;
        label.ForeColor = Ink;
    }
}
