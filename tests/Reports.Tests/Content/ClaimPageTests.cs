using System.Text;
using Repro.Reports.Content;
using UglyToad.PdfPig;

namespace Repro.Reports.Tests.Content;

/// <summary>
/// The claim pages show what the analysis types carry: v1 beside v2, points outside the
/// hypotheses, slack, descriptive results, the rule that decided and its controls; the raw
/// numbers sit in an appendix; nothing runs over the footer.
/// </summary>
public class ClaimPageTests
{
    private static readonly Lazy<RenderedReport> Report = new(() => ReportRenderer.Render(SampleInput.Build()));
    private static readonly Lazy<List<string>> Pages = new(() => PdfText.PageTextInDrawingOrder(Report.Value.Pdf));

    private static string All => string.Join("\n", Pages.Value);

    private static int PageOf(string text) => Pages.Value.FindIndex(p => p.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void TheModelsOfAClaimStandSideBySide()
    {
        using var document = PdfDocument.Open(Report.Value.Pdf);
        int page = PageOf("repro reproduce --claims C3") + 1;
        var words = document.GetPage(page).GetWords().ToList();
        var v1 = words.Single(w => w.Text == "v1:").BoundingBox;
        var v2 = words.Single(w => w.Text == "v2:").BoundingBox;
        Assert.Equal(v1.Bottom, v2.Bottom, 3);
        Assert.True(v2.Left > v1.Left + Layout.PdfReportWriter.TextWidth / 2 - 1, $"v1 at x = {v1.Left:F0}, v2 at x = {v2.Left:F0}");

        // The two models' first figures share a row: same title baseline, one per column.
        int figures = PageOf("TitleTokenFirst");
        Assert.Equal(figures, PageOf("TitleTokenSecond"));
        var row = document.GetPage(figures + 1).GetWords().ToList();
        Assert.Equal(row.Single(w => w.Text == "TitleTokenFirst").BoundingBox.Bottom, row.Single(w => w.Text == "TitleTokenSecond").BoundingBox.Bottom, 3);
    }

    [Fact]
    public void PointsOutsideTheHypothesesAreNamedInTheLegendAndCaption()
    {
        Assert.True(PdfText.Count(All, FigurePlot.OutsideHypotheses) >= 4, "legend and caption of both figures with such points");
        Assert.Contains("hollow grey: outside the theorem's hypotheses", All);
    }

    [Fact]
    public void EveryJudgedPointHasItsSlackUnderTheFigure()
    {
        Assert.Contains("slack (measured/bound): x=8 0.5 · x=32 0.4 · x=128 2.5 (outside)", All);
        Assert.Contains("slack (measured/bound): m=16 0.31 · m=64 0.28 · m=256 0 · m=1024 0.9 (outside)", All);
        Assert.Contains("Bound evaluated with C = 3.2", All);
    }

    [Fact]
    public void DescriptiveModelsAndFiguresSaySo()
    {
        Assert.Contains("Descriptive: the teacher is out of the theorem's reach", All);
        Assert.DoesNotContain("Descriptive: descriptive", All); // said once
        Assert.Contains("Descriptive: no verdict depends on this figure", All);
        // A descriptive model shows no verdict: its table says "descriptive", "not judged", and its INCONCLUSIVE's number is nowhere.
        Assert.Contains("not judged", All);
        Assert.DoesNotContain(Theory.Claims.VerdictResult.Format(SampleInput.DescriptiveValue), All);
        Assert.Contains(Theory.Claims.VerdictResult.Format(-0.524), All); // the judged INCONCLUSIVE of C7 still shows its number
    }

    [Fact]
    public void UnderEachVerdictAreTheRuleThatDecidedAndItsControls()
    {
        Assert.Equal(2, PdfText.Count(All, "Rule: " + SampleInput.AppliedRule)); // the two judged models; the descriptive one has no rule shown
        Assert.Equal(1, PdfText.Count(All, SampleInput.ControlsLine));
    }

    [Fact]
    public void AControlTheRuleGetsWrongIsMarked()
    {
        ReportInput input = SampleInput.Build();
        var c3 = input.Analyses[0];
        var model = c3.Models[0] with
        {
            Verdict = c3.Models[0].Verdict! with { Controls = [new("at the bound", Theory.Claims.Verdict.Pass, Theory.Claims.Verdict.Fail)] },
        };
        ReportInput wrong = input with { Analyses = [c3 with { Models = [model, c3.Models[1]] }, input.Analyses[1]] };
        string all = string.Join("\n", PdfText.PageTextInDrawingOrder(ReportRenderer.Render(wrong).Pdf));
        Assert.Contains("at the bound → FAIL ✗ (must be PASS)", all);
        Assert.Contains("cannot be trusted", all);
    }

    [Fact]
    public void TheRawNumberTablesAreInAnAppendixAfterEveryClaimAndInTheirCsv()
    {
        int appendix = PageOf("Appendix: numbers behind the figures");
        int lastClaim = PageOf("TitleTokenThird");
        Assert.True(appendix > lastClaim, $"appendix on page {appendix + 1}, last figure on page {lastClaim + 1}");
        Assert.All(Pages.Value.Take(appendix), p => Assert.DoesNotContain("Series x y CI Slice", p, StringComparison.Ordinal));
        Assert.Contains("Figure 3: C7 on v2 (diagonal) (C7-v2-width)", Pages.Value[appendix..].Aggregate((a, b) => a + "\n" + b));

        string csv = Encoding.UTF8.GetString(Report.Value.Files.Single(f => f.Path == "tables/C7-v2-width.csv").Bytes);
        string[] lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("series,kind,x,y,ci_low,ci_high,slice,censored,outside_hypotheses,slack", lines[0]);
        Assert.Equal("measured,measured,1024,0.1,,,,false,true,0.9", lines[4]);
    }

    [Fact]
    public void NoTextRunsOverTheFooterOrOffThePageEvenWithAUnitKeyCellTallerThanAPage()
    {
        Assert.Empty(PageBounds.Escapes(Report.Value.Pdf, "manifest " + SampleInput.ManifestSha[..12]));
        string[] keys = [.. SampleInput.Build().Analyses[1].Models[1].UnitKeys.Select(k => k[..ProvenanceAppendix.KeyPrefix])];
        Assert.Equal(SampleInput.ManyUnits, keys.Length);
        Assert.All(keys, k => Assert.Equal(1, PdfText.Count(All, k)));
    }
}
