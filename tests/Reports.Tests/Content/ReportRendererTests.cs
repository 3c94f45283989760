using System.Text;
using Repro.Reports.Content;

namespace Repro.Reports.Tests.Content;

/// <summary>The report content built from constructed analyses: verdicts visible, nothing drawn twice, deterministic bytes.</summary>
public class ReportRendererTests
{
    [Fact]
    public void FailInconclusiveAndNotApplicableAreShownOnTheTitlePageAndInTheSections()
    {
        RenderedReport report = ReportRenderer.Render(SampleInput.Build());
        List<string> pages = PdfText.PageWords(report.Pdf);
        Assert.Equal(report.PageCount, pages.Count);
        Assert.Contains("FAIL", pages[0]);
        Assert.Contains("INCONCLUSIVE", pages[0]);
        Assert.Contains("n/a", pages[0]);
        Assert.Contains("-7.25", pages[0]);               // the deciding number …
        Assert.Contains($"[-9.5, {Theory.Claims.VerdictResult.Format(-6.125)}]", pages[0]); // … and its interval, as VerdictResult.Format prints them
        string all = string.Join("\n", pages);
        Assert.Contains(SampleInput.NotApplicableReason, all);
        Assert.Contains("repro reproduce --claims C3 --profile smoke", all);
        Assert.Contains("only 2 units (< 5)", all);
        Assert.Contains("manifest 2b85b4fb0104", pages[^1]);
        Assert.All(pages, p => Assert.Contains("manifest 2b85b4fb0104", p));
    }

    [Fact]
    public void DivergedRunsAreNamedWithTheirStepAndTrainingRunsCounted()
    {
        string all = string.Join("\n", PdfText.PageWords(ReportRenderer.Render(SampleInput.Build()).Pdf));
        Assert.Contains("Training runs: 7, DIVERGED: 1", all);
        Assert.Contains($"{SampleInput.Build().Analyses[0].Models[0].UnitKeys[1][..12]} at step 17", all);
    }

    [Fact]
    public void FigureTitlesAxisLabelsAndCommandsArePrintedExactlyOnce()
    {
        RenderedReport report = ReportRenderer.Render(SampleInput.Build());
        string all = string.Join("\n", PdfText.PageWords(report.Pdf));
        foreach (string token in SampleInput.UniqueTokens)
            Assert.True(PdfText.Count(all, token) == 1, $"'{token}' appears {PdfText.Count(all, token)} times");
        // Rotated text comes out of PdfPig letter by letter, so count the rotated glyphs instead: a second render pass would double them.
        using (var document = UglyToad.PdfPig.PdfDocument.Open(report.Pdf))
        {
            int rotated = document.GetPages().SelectMany(p => p.Letters)
                .Count(l => l.TextOrientation != UglyToad.PdfPig.Content.TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(l.Value));
            Assert.Equal(SampleInput.YLabels.Sum(label => label.Count(c => !char.IsWhiteSpace(c))), rotated);
        }
        Assert.Equal(1, PdfText.Count(all, "repro reproduce --claims C7 --profile smoke"));
        Assert.Equal(1, PdfText.Count(all, SampleInput.NotApplicableReason));
    }

    [Fact]
    public void RenderingTwiceGivesIdenticalPdfFiguresTablesAndSummary()
    {
        RenderedReport first = ReportRenderer.Render(SampleInput.Build());
        RenderedReport second = ReportRenderer.Render(SampleInput.Build());
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        for (int i = 0; i < first.Files.Count; i++)
            Assert.True(first.Files[i].Bytes.AsSpan().SequenceEqual(second.Files[i].Bytes), $"{first.Files[i].Path} differs");
        string[] paths = [.. first.Files.Select(f => f.Path)];
        foreach (string id in new[] { "C3-v1-width", "C3-v2-width", "C7-v2-width" })
        {
            Assert.Contains($"figures/{id}.svg", paths);
            Assert.Contains($"figures/{id}.png", paths);
            Assert.Contains($"tables/{id}.csv", paths);
        }
        Assert.Contains("tables/summary.csv", paths);
        Assert.Contains("summary.md", paths);
    }

    [Fact]
    public void ChangingTheDateChangesOnlyTheDateText()
    {
        DateTimeOffset later = new(2031, 12, 30, 23, 59, 58, TimeSpan.Zero);
        RenderedReport a = ReportRenderer.Render(SampleInput.Build(SampleInput.Date));
        RenderedReport b = ReportRenderer.Render(SampleInput.Build(later));
        Assert.NotEqual(a.Pdf, b.Pdf);
        string dateA = "2024-05-06 07:08:09 UTC", dateB = "2031-12-30 23:59:58 UTC";
        List<string> pagesA = PdfText.PageWords(a.Pdf), pagesB = PdfText.PageWords(b.Pdf);
        Assert.Contains(dateA, pagesA[0]);
        Assert.Contains(dateB, pagesB[0]);
        Assert.Equal(pagesA.Select(p => p.Replace(dateA, "DATE")), pagesB.Select(p => p.Replace(dateB, "DATE")));
        Assert.Equal(a.Files.Select(f => f.Path), b.Files.Select(f => f.Path));
        for (int i = 0; i < a.Files.Count; i++)
        {
            string textA = Encoding.UTF8.GetString(a.Files[i].Bytes).Replace(dateA, "DATE");
            string textB = Encoding.UTF8.GetString(b.Files[i].Bytes).Replace(dateB, "DATE");
            Assert.True(textA == textB, $"{a.Files[i].Path} differs beyond the date");
        }
    }

    [Fact]
    public void SummaryMarkdownHoldsEveryClaimModelRowWithItsVerdict()
    {
        RenderedReport report = ReportRenderer.Render(SampleInput.Build());
        string md = Encoding.UTF8.GetString(report.Files.Single(f => f.Path == ReportPaths.Summary).Bytes);
        string[] rows = [.. md.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1)];
        Assert.Equal(4, rows.Length);
        Assert.Contains("FAIL", rows[0]);
        Assert.Contains("| descriptive | not judged |", rows[1]); // C3 on v2 is descriptive: no verdict, no number
        Assert.DoesNotContain("INCONCLUSIVE", rows[1]);
        Assert.Contains("INCONCLUSIVE", rows[3]);
        Assert.Contains("n/a", rows[2]);
        // The headline count leaves the descriptive model out of PASS/FAIL/INCONCLUSIVE.
        Assert.Contains("2 claim(s), 4 claim × model check(s): 0 PASS, 1 FAIL, 1 INCONCLUSIVE, 1 descriptive, 1 not applicable", md);
        Assert.Contains(SampleInput.ManifestSha, md);
    }
}
