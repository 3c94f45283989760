namespace Repro.Reports.Layout;

/// <summary>A4 portrait in points with the text block and the footer band below it.</summary>
internal static class PageGeometry
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float MarginLeft = 62f;
    public const float MarginRight = 62f;
    public const float MarginTop = 60f;
    public const float MarginBottom = 64f;

    public const float ContentLeft = MarginLeft;
    public const float ContentTop = MarginTop;
    public const float ContentWidth = Width - MarginLeft - MarginRight;
    public const float ContentHeight = Height - MarginTop - MarginBottom;

    /// <summary>The footer rule sits this far below the text block; the footer text under it.</summary>
    public const float FooterRuleGap = 18f;
    public const float FooterBaselineGap = 30f;
}
