using Repro.Harness.Cli;
using Repro.Harness.Results;
using Repro.Harness.Tests.Runs;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using UglyToad.PdfPig;

namespace Repro.Harness.Tests.Report;

/// <summary>`repro report` on a real smoke run: every claim, verdict and deciding number in the PDF; the date only where it belongs; bad input rejected.</summary>
public class ReportCommandTests(SmokeRunFixture smoke) : IClassFixture<SmokeRunFixture>
{
    private const string Epoch = "1700000000"; // 2023-11-14 22:13:20 UTC

    [Fact]
    public void TheReportShowsEveryClaimVerdictAndDecidingNumberFromTheResultsFiles()
    {
        using TempDirectory dir = smoke.CopyTo();
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(dir.Path, Epoch, output));
        Assert.Contains("page(s)", output.ToString());

        string text = string.Join("\n", PageWords(File.ReadAllBytes(dir.Combine("report.pdf"))));
        List<ClaimAnalysis> analyses = [.. Directory.EnumerateFiles(dir.Combine("results"), "*.json").Order(StringComparer.Ordinal).Select(ResultsWriter.Read)];
        Assert.Equal(ClaimRegistry.Claims.Count, analyses.Count);
        foreach (ClaimAnalysis analysis in analyses)
        {
            Assert.Contains(analysis.ClaimId + " ", text);
            Assert.Contains(analysis.ReproduceCommand, text);
            foreach (ModelAnalysis model in analysis.Models)
            {
                if (model.Verdict is not { } verdict) continue;
                Assert.Contains(VerdictResult.Label(verdict.Verdict), text);
                Assert.Contains(VerdictResult.Format(verdict.Value), text);
            }
        }
        Assert.Contains("2023-11-14 22:13:20 UTC", text);
        foreach (FigureData figure in analyses.SelectMany(a => a.Models).SelectMany(m => m.Figures))
        {
            Assert.True(File.Exists(dir.Combine("figures", figure.Id + ".svg")), figure.Id);
            Assert.True(File.Exists(dir.Combine("figures", figure.Id + ".png")), figure.Id);
            Assert.True(File.Exists(dir.Combine("tables", figure.Id + ".csv")), figure.Id);
        }
        Assert.True(File.Exists(dir.Combine("summary.md")));
        Assert.DoesNotContain(dir.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceDateEpochChangesOnlyTheDate()
    {
        using TempDirectory first = smoke.CopyTo();
        using TempDirectory second = smoke.CopyTo();
        Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(first.Path, "0", TextWriter.Null));
        Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(second.Path, Epoch, TextWriter.Null));
        List<string> a = PageWords(File.ReadAllBytes(first.Combine("report.pdf")));
        List<string> b = PageWords(File.ReadAllBytes(second.Combine("report.pdf")));
        Assert.Equal(a.Select(p => p.Replace("1970-01-01 00:00:00 UTC", "DATE")), b.Select(p => p.Replace("2023-11-14 22:13:20 UTC", "DATE")));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void AnInvalidSourceDateEpochIsBadInputNamingTheVariable()
    {
        using TempDirectory dir = smoke.CopyTo();
        var e = Assert.Throws<UsageException>(() => ReportWorkflow.Run(dir.Path, "yesterday", TextWriter.Null));
        Assert.Contains("SOURCE_DATE_EPOCH", e.Message);
        Assert.False(File.Exists(dir.Combine("report.pdf")));
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "missing-results", "results/" },
        { "missing-manifest", "manifest.json" },
        { "corrupt-json", "results/C3.json" },
        { "changed-results", "results/C5.json: SHA-256" },
        { "wrong-shape", "results/C2.json" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputIsOneLineExitCode2AndNoReport(string damage, string named)
    {
        using TempDirectory dir = smoke.CopyTo();
        switch (damage)
        {
            case "missing-results": Directory.Delete(dir.Combine("results"), recursive: true); break;
            case "missing-manifest": File.Delete(dir.Combine("manifest.json")); break;
            case "corrupt-json": File.WriteAllText(dir.Combine("results", "C3.json"), "{\"claimId\": \"C3\", "); break;
            case "changed-results": File.AppendAllText(dir.Combine("results", "C5.json"), "\n"); break; // still valid JSON, different bytes
            case "wrong-shape": File.WriteAllText(dir.Combine("results", "C2.json"), "{\"claimId\": \"C2\", \"models\": 3}"); break;
        }
        List<string> before = dir.Files();
        (int code, string stderr) = BadInputTests.Repro(dir.Path, ["report", "--out", dir.Path]);
        Assert.Equal(ExitCodes.BadInput, code);
        string[] lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(named, lines[0]);
        Assert.Equal(before, dir.Files());
    }

    private static List<string> PageWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))];
    }
}
