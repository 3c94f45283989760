using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// The only three faces the report uses, loaded once from the DejaVu files. Skia embeds each
/// face whole, so text and plots must share these very typeface objects: a second load of the
/// same file would be embedded a second time.
/// </summary>
internal static class ReportFonts
{
    /// <summary>Where Debian's fonts-dejavu-core puts the files.</summary>
    public const string Directory = "/usr/share/fonts/truetype/dejavu";

    /// <summary>
    /// Name under which ScottPlot resolves our sans faces. A private alias, not "DejaVu Sans",
    /// so no typeface ScottPlot may have cached for the system name can stand in for ours.
    /// </summary>
    public const string PlotFamily = "Repro DejaVu Sans";

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> LazyMono = new(() => Load("DejaVuSansMono.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;
    public static SKTypeface Bold => LazyBold.Value;
    public static SKTypeface Mono => LazyMono.Value;

    private static SKTypeface Load(string fileName)
    {
        string path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"report font '{path}' is missing (install the fonts-dejavu-core package)", path);
        return SKTypeface.FromFile(path)
            ?? throw new InvalidDataException($"report font '{path}' could not be loaded by Skia");
    }
}
