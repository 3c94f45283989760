using Repro.Harness.Cli;
using Repro.Reports.Content;

namespace Repro.Harness.Tests.Verify;

/// <summary>`repro verify` re-renders what people read and names any published report file that differs.</summary>
[Collection(SmallRunCollection.Name)]
public class ReportTamperTests(SmallRun run)
{
    [Fact]
    public void AnUntouchedReportMatchesFileByFile()
    {
        (int code, string output, string errors) = VerifyTests.Verify(run.ReportedFolder, sample: 1);
        Assert.True(code == ExitCodes.Ok, errors + output);
        foreach (string file in new[] { ReportPaths.Pdf, ReportPaths.Summary, "tables/summary.csv" })
            Assert.Matches($@"\nfile {file.Replace(".", @"\.")} +[0-9a-f]{{12}} [0-9a-f]{{12}} MATCH\n", output);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("file figures/", StringComparison.Ordinal) && line.EndsWith(" MATCH", StringComparison.Ordinal));
    }

    [Fact]
    public void AReportPdfSwappedForAnotherRunsFailsNamingIt()
    {
        using var temp = new TempDirectory();
        string other = run.CopyTo(temp.Combine("other"));
        Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(other, "86400", new StringWriter())); // same results, another date: another PDF
        string folder = run.CopyTo(temp.Combine("run"), run.ReportedFolder);
        File.Copy(Path.Combine(other, ReportPaths.Pdf), Path.Combine(folder, ReportPaths.Pdf), overwrite: true);

        (int code, string output, string errors) = VerifyTests.Verify(folder, sample: 1);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Contains("first: file report.pdf MISMATCH (differs from the report re-rendered from the verified results)", errors);
        Assert.Single(output.Split('\n'), line => line.EndsWith(" MISMATCH", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerdictEditedInSummaryMdFailsNamingIt()
    {
        using var temp = new TempDirectory();
        string folder = run.CopyTo(temp.Combine("run"), run.ReportedFolder);
        string summary = Path.Combine(folder, ReportPaths.Summary);
        string text = File.ReadAllText(summary);
        // FAIL → PASS is the edit a reviewer fears; the smoke run may pass everything, so flip whichever is there.
        string edited = text.Contains("FAIL", StringComparison.Ordinal) ? ReplaceFirst(text, "FAIL", "PASS") : ReplaceFirst(text, "PASS", "FAIL");
        Assert.NotEqual(text, edited);
        File.WriteAllText(summary, edited);

        (int code, _, string errors) = VerifyTests.Verify(folder, sample: 1);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Contains("first: file summary.md MISMATCH", errors);
    }

    [Fact]
    public void AnEditedFigureAndTableFailNamingEach()
    {
        using var temp = new TempDirectory();
        string folder = run.CopyTo(temp.Combine("run"), run.ReportedFolder);
        string svg = Directory.EnumerateFiles(Path.Combine(folder, ReportPaths.Figures), "*.svg").Order(StringComparer.Ordinal).First();
        File.WriteAllText(svg, File.ReadAllText(svg).Replace("</svg>", "<!-- retouched --></svg>", StringComparison.Ordinal));
        string table = Path.Combine(folder, ReportPaths.Tables, "summary.csv");
        File.AppendAllText(table, "C9,v2,PASS\n");
        File.WriteAllText(Path.Combine(folder, ReportPaths.Tables, "extra.csv"), "a,b\n");

        (int code, string output, _) = VerifyTests.Verify(folder, sample: 1);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Matches($@"\nfile figures/{Path.GetFileName(svg).Replace(".", @"\.")} +[0-9a-f]{{12}} [0-9a-f]{{12}} MISMATCH\n", output);
        Assert.Matches(@"\nfile tables/summary\.csv +[0-9a-f]{12} [0-9a-f]{12} MISMATCH\n", output);
        Assert.Matches(@"\nfile tables/extra\.csv +absent +[0-9a-f]{12} UNEXPECTED\n", output);
    }

    [Fact]
    public void AReportIsNotReRenderedFromResultsThatFailTheirHash()
    {
        using var temp = new TempDirectory();
        string folder = run.CopyTo(temp.Combine("run"), run.ReportedFolder);
        File.AppendAllText(Path.Combine(folder, "results", "C2.csv"), "\n");

        (int code, string output, string errors) = VerifyTests.Verify(folder, sample: 1);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Contains("first: file results/C2.csv MISMATCH", errors);
        Assert.Matches(@"\nfile report\.pdf +re-render +not done +UNCHECKED\n", output);
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        int at = text.IndexOf(what, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + with + text[(at + what.Length)..];
    }
}
