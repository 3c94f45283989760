namespace Repro.Reports.Tests;

/// <summary>Writes the sample PDF for eyeballing when REPRO_LAYOUT_SAMPLE names a path; otherwise does nothing.</summary>
public sealed class SampleDumpTests
{
    [Fact]
    public void WritesSampleWhenAsked()
    {
        string? path = Environment.GetEnvironmentVariable("REPRO_LAYOUT_SAMPLE");
        if (string.IsNullOrEmpty(path)) return;
        File.WriteAllBytes(path, SampleReport.Render(SampleReport.Date));
    }
}
