namespace Repro.Reports.Content;

/// <summary>Where the report's files go, relative to the output folder.</summary>
public static class ReportPaths
{
    public const string Pdf = "report.pdf";
    public const string Figures = "figures";
    public const string Tables = "tables";
    public const string Summary = "summary.md";
}
