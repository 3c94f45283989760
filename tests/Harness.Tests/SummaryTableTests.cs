using Repro.Harness.Results;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Tests;

public class SummaryTableTests
{
    private static ModelAnalysis Failed(string model, string? descriptive) => new(model,
        new VerdictResult { Verdict = Verdict.Fail, Kind = CheckKind.Bound, Rule = "r", DecidingQuantity = "q", Value = 2 },
        null, [], [], [], [], DescriptiveReason: descriptive);

    private static ClaimAnalysis Claim(params ModelAnalysis[] models) => new("C9", "review", models, "repro reproduce");

    [Fact]
    public void ADescriptiveModelReadsDescriptiveAndItsFailIsNoFinding()
    {
        ClaimAnalysis claim = Claim(Failed("v1", "descriptive: not a test"));
        var output = new StringWriter();
        SummaryTable.Print(output, [claim]);
        Assert.Contains("descriptive", output.ToString());
        Assert.DoesNotContain("FAIL", output.ToString());
        Assert.False(SummaryTable.AnyFailed([claim]));
    }

    [Fact]
    public void AJudgedFailSetsTheExitCode()
        => Assert.True(SummaryTable.AnyFailed([Claim(Failed("v2", null))]));
}
