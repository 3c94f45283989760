using Repro.Reports.Content;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Tests.Content;

/// <summary>
/// A constructed report input that uses every field the report renders: C3 with a FAIL (v1, with
/// its rule's controls, points outside the hypotheses and slack) and a descriptive INCONCLUSIVE
/// (v2, descriptive figure), C7 with a model the claim does not apply to and one with a bound, slack
/// and so many units that the unit-key appendix cell is taller than a page. Figure titles and axis
/// labels are unique tokens so tests can count how often each is printed.
/// </summary>
internal static class SampleInput
{
    public static readonly DateTimeOffset Date = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
    public const string ManifestSha = "2b85b4fb0104a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a";
    public const string NotApplicableReason = "NotApplicableSampleWhy";
    /// <summary>Opens with "descriptive: ", as the claims' own reasons do (they are also the summary table's text).</summary>
    public const string DescriptiveReason = "descriptive: the teacher is out of the theorem's reach (DescriptiveBecauseSampleReason)";
    /// <summary>The deciding number of the descriptive model's (unshown) verdict.</summary>
    public const double DescriptiveValue = -0.4375;
    public const string AppliedRule = "SampleRuleAsApplied: one-sided, upper CI end ≤ C·bound";

    /// <summary>Units behind C7 on v2: enough that their key prefixes fill more than a page.</summary>
    public const int ManyUnits = 900;

    /// <summary>The rule's controls of C3 on v1, with the line the report must print for them.</summary>
    public static readonly ControlOutcome[] Controls =
        [new("at the bound", Verdict.Pass, Verdict.Pass), new("faster than any C·bound", Verdict.Fail, Verdict.Fail), new("borderline", null, Verdict.Inconclusive)];

    public const string ControlsLine = "Rule controls on this grid: at the bound → PASS ✓, faster than any C·bound → FAIL ✓, borderline → INCONCLUSIVE.";

    /// <summary>Horizontal text printed once each: figure titles and x-axis labels.</summary>
    public static readonly string[] UniqueTokens = ["TitleTokenFirst", "XTokenFirst", "TitleTokenSecond", "XTokenSecond", "TitleTokenThird"];

    /// <summary>Every y-axis label (the only rotated text in the report).</summary>
    public static readonly string[] YLabels = ["YTokenFirst", "YTokenSecond", "error"];

    public static ReportInput Build(DateTimeOffset? date = null)
    {
        ClaimAnalysis c3 = new("C3", "smoke",
        [
            new ModelAnalysis("v1", Fail() with { Controls = Controls }, null, [Width("C3-v1-width", "TitleTokenFirst", "XTokenFirst", "YTokenFirst", judged: true)],
                [new ConstantValue("log-law slope", "b", 2.8853900817779263, "fitted on the calibration slice (lowest 2 of 3)")],
                [new SettingValue("T, d", "4, 4")], Keys(3, 0), new DivergenceSummary(7, [new DivergedRun(Keys(3, 0)[1], 17)])),
            new ModelAnalysis("v2", Inconclusive() with { Value = DescriptiveValue }, null, [Width("C3-v2-width", "TitleTokenSecond", "XTokenSecond", "YTokenSecond", judged: false) with { Descriptive = true }],
                [], [new SettingValue("seeds", "2")], Keys(2, 10), DescriptiveReason: DescriptiveReason),
        ], "repro reproduce --claims C3 --profile smoke");
        ClaimAnalysis c7 = new("C7", "smoke",
        [
            new ModelAnalysis("v1", null, NotApplicableReason, [], [], [], []),
            new ModelAnalysis("v2", Inconclusive() with { DecidingQuantity = "slope of ln(error) on ln m", Value = -0.524 }, null,
                [new FigureData("C7-v2-width", "TitleTokenThird", "width m (neurons)", "error", true, true,
                [
                    new SeriesData("measured", SeriesKind.Measured,
                        [new(16, 0.5, 0.4, 0.6, Slack: 0.31), new(64, 0.26, 0.2, 0.3, Slack: 0.28), new(256, 0.0, null, null, Slack: 0), new(1024, 0.1, OutsideHypotheses: true, Slack: 0.9)]),
                    new SeriesData("C·m^(−1/2), C = 3.2", SeriesKind.Bound, [new(16, 1.6), new(1024, 0.2)]),
                ])], [new ConstantValue("bound constant", "C", 3.2, "paper (Lemma 5)")], [], Keys(ManyUnits, 20)),
        ], "repro reproduce --claims C7 --profile smoke");

        var provenance = new ReportProvenance("0.1.0+abc", "93034e6c99511ad1ed8337aabc9d39bac9e2b01b", "dirty", ManifestSha[..40] + "000000000000000000000000",
            [new("runtime", ".NET 10.0.12"), new("CPU", "AMD EPYC")], "smoke", ManifestSha, 9);
        return new ReportInput([c3, c7], [ClaimRegistry.Get("C3").Claim, ClaimRegistry.Get("C7").Claim], provenance, date ?? Date, new ComputeEstimate(312, 184, "plan estimate"));
    }

    public static VerdictResult Fail() => new()
    {
        Verdict = Verdict.Fail,
        Kind = CheckKind.Rate,
        Rule = AppliedRule,
        DecidingQuantity = "held-out Δ (power − log)",
        Value = -7.25,
        CiLow = -9.5,
        CiHigh = -6.125,
        ConfidenceLevel = 0.95,
        IntervalMethod = "bootstrap",
        SampleCount = 8,
        Relation = "≥",
        ReferenceLabel = "required",
        Reference = 6,
    };

    public static VerdictResult Inconclusive() => Fail() with { Verdict = Verdict.Inconclusive, Value = -0.473, CiLow = -1.69, CiHigh = -0.473, SampleCount = 2, Reason = "only 2 units (< 5)" };

    /// <summary>A width figure; <paramref name="judged"/> gives its points slack and puts the largest measured one outside the hypotheses.</summary>
    private static FigureData Width(string id, string title, string x, string y, bool judged) => new(id, title, x, y, true, false,
    [
        new SeriesData("measured m*", SeriesKind.Measured,
            [new(8, 2, 2, 2, "calibration", Slack: judged ? 0.5 : null), new(32, 6, 5, 7, "calibration", Slack: judged ? 0.4 : null),
             new(128, 48, 24, 48, "held-out", OutsideHypotheses: judged, Slack: judged ? 2.5 : null), new(256, 256, Slice: "held-out", Censored: true)]),
        new SeriesData("log law", SeriesKind.Predicted, [.. Enumerable.Range(0, 21).Select(i => new SeriesPoint(8 * Math.Pow(2, i / 5.0), 2 + i))]),
    ]);

    private static IReadOnlyList<string> Keys(int count, int offset)
        => [.. Enumerable.Range(offset, count).Select(i => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))))];
}
