using ScottPlot;
using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// Lets ScottPlot find <see cref="ReportFonts"/> under <see cref="ReportFonts.PlotFamily"/>, so
/// plot text and page text share one embedded copy of each face. Installed once, first in line.
/// </summary>
internal sealed class ReportFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>Puts the resolver in front of ScottPlot's (process-wide) resolver list, once.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (installed) return;
            Fonts.FontResolvers.Insert(0, new ReportFontResolver());
            installed = true;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width)
        => CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    /// <remarks>Italic requests get the upright face: the report embeds no italic.</remarks>
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        => fontName == ReportFonts.PlotFamily ? (bold ? ReportFonts.Bold : ReportFonts.Regular) : null;
}
