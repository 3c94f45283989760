using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>Every size, colour and gap of the page layout, in points, in one place.</summary>
internal static class Typography
{
    public static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor Muted = new(0x5F, 0x63, 0x68);
    public static readonly SKColor Rule = new(0xC8, 0xCC, 0xD1);
    public static readonly SKColor HeaderFill = new(0xEC, 0xEF, 0xF3);
    public static readonly SKColor CodeFill = new(0xF3, 0xF4, 0xF6);

    public static TextStyle Body => new(ReportFonts.Regular, 9.5f, Ink, 13.5f);
    public static TextStyle Code => new(ReportFonts.Mono, 8f, Ink, 11f);
    public static TextStyle TableBody => new(ReportFonts.Regular, 8.5f, Ink, 11.5f);
    public static TextStyle TableHeader => new(ReportFonts.Bold, 8.5f, Ink, 11.5f);
    public static TextStyle Caption => new(ReportFonts.Regular, 8.5f, Muted, 11.5f);
    public static TextStyle Footer => new(ReportFonts.Regular, 7.5f, Muted, 10f);

    public static TextStyle Heading(int level) => level switch
    {
        1 => new(ReportFonts.Bold, 16f, Ink, 20f),
        2 => new(ReportFonts.Bold, 12.5f, Ink, 16f),
        3 => new(ReportFonts.Bold, 10.5f, Ink, 14f),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "heading level must be 1, 2 or 3"),
    };

    /// <summary>Space above a heading; the space below is <see cref="HeadingSpaceAfter"/>.</summary>
    public static float HeadingSpaceBefore(int level) => level switch { 1 => 20f, 2 => 14f, _ => 10f };

    public const float HeadingSpaceAfter = 5f;
    public const float ParagraphSpaceBefore = 6f;
    public const float BlockSpaceBefore = 9f;
    public const float CodePadding = 5f;
    public const float CellPaddingX = 4f;
    public const float CellPaddingY = 3f;
    public const float CaptionGap = 4f;
    public const float RuleWidth = 0.5f;

    /// <summary>Text and tint for an emphasised table cell (PASS / FAIL / INCONCLUSIVE style verdicts).</summary>
    public static (SKColor Text, SKColor Fill) Emphasis(CellEmphasis emphasis) => emphasis switch
    {
        CellEmphasis.Positive => (new SKColor(0x1B, 0x6E, 0x2E), new SKColor(0xE3, 0xF2, 0xE6)),
        CellEmphasis.Negative => (new SKColor(0xB3, 0x1B, 0x1B), new SKColor(0xFB, 0xE5, 0xE5)),
        CellEmphasis.Caution => (new SKColor(0x8A, 0x55, 0x00), new SKColor(0xFF, 0xF1, 0xD6)),
        _ => (Ink, SKColors.Transparent),
    };
}
