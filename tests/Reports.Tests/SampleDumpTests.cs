using Repro.Reports.Content;
using Repro.Reports.Tests.Content;

namespace Repro.Reports.Tests;

/// <summary>
/// Writes the samples for eyeballing (render with `pdftoppm -png -r 60`) when REPRO_LAYOUT_SAMPLE
/// (layout primitives) or REPRO_REPORT_SAMPLE (the content sample report) names a path; otherwise does nothing.
/// </summary>
public sealed class SampleDumpTests
{
    [Fact]
    public void WritesSampleWhenAsked()
    {
        string? path = Environment.GetEnvironmentVariable("REPRO_LAYOUT_SAMPLE");
        if (!string.IsNullOrEmpty(path)) File.WriteAllBytes(path, SampleReport.Render(SampleReport.Date));
        string? report = Environment.GetEnvironmentVariable("REPRO_REPORT_SAMPLE");
        if (!string.IsNullOrEmpty(report)) File.WriteAllBytes(report, ReportRenderer.Render(SampleInput.Build()).Pdf);
    }
}
