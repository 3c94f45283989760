using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>The claims × models verdict table shared by the title page, tables/summary.csv and summary.md.</summary>
internal static class SummaryRows
{
    /// <summary>Header of the PDF and Markdown table; the CI column names the shared confidence level when there is one.</summary>
    public static string[] Header(double? commonLevel)
        => ["Claim", "Model", "Verdict", "Deciding quantity", "Value", commonLevel is double level ? $"{Numbers.Read(level * 100)}% CI" : "CI"];

    public static readonly string[] CsvHeader = ["claim", "title", "model", "verdict", "deciding_quantity", "value", "ci_low", "ci_high", "confidence_level", "reason"];

    /// <summary>(claim, model) pairs in section order.</summary>
    public static IEnumerable<(ClaimAnalysis Analysis, Claim Claim, ModelAnalysis Model)> Pairs(ReportInput input)
        => input.Analyses.SelectMany(a => a.Models.Select(m => (a, input.ClaimOf(a), m)));

    public static ReportTable Table(ReportInput input)
    {
        var rows = new List<IReadOnlyList<string>>();
        var csv = new List<IReadOnlyList<string>>();
        string? previous = null;
        double? level = VerdictCells.CommonLevel(Pairs(input).Select(p => p.Model));
        foreach ((ClaimAnalysis analysis, Claim claim, ModelAnalysis model) in Pairs(input))
        {
            // The claim's name only on its first row: the two model rows read as one group.
            string claimCell = analysis.ClaimId == previous ? "" : $"{claim.Id} {claim.Title}";
            previous = analysis.ClaimId;
            rows.Add([claimCell, model.Model, VerdictCells.Label(model), VerdictCells.Quantity(model),
                VerdictCells.Value(model), VerdictCells.Interval(model, level)]);
            VerdictResult? v = model.Judged;
            csv.Add([claim.Id, claim.Title, model.Model, VerdictCells.Label(model), VerdictCells.Quantity(model),
                Numbers.Exact(v?.Value), Numbers.Exact(v?.CiLow), Numbers.Exact(v?.CiHigh), Numbers.Exact(v?.ConfidenceLevel),
                v?.Reason ?? model.DescriptiveReason ?? model.NotApplicableReason ?? ""]);
        }
        return new ReportTable("summary", Header(level), rows, CsvHeader, csv);
    }

    /// <summary>"14 checks: 2 PASS, 0 FAIL, 9 INCONCLUSIVE, 2 descriptive, 1 not applicable", counted from the results; a descriptive model counts as no verdict.</summary>
    public static string Counts(ReportInput input)
    {
        List<ModelAnalysis> models = [.. Pairs(input).Select(p => p.Model)];
        int Count(Verdict verdict) => models.Count(m => m.Judged?.Verdict == verdict);
        int notApplicable = models.Count(m => m.Verdict is null);
        return $"{input.Analyses.Count} claim(s), {models.Count} claim × model check(s): {Count(Verdict.Pass)} PASS, {Count(Verdict.Fail)} FAIL, "
            + $"{Count(Verdict.Inconclusive)} INCONCLUSIVE, {models.Count(m => m.IsDescriptive)} {ClaimSection.Descriptive}, {notApplicable} not applicable; {JudgedClaims(input)}";
    }

    /// <summary>"claims judged per model: v1 C1, C2; v2 C1 … C7": which claims carry a verdict on each model, so the count above is not read as more.</summary>
    public static string JudgedClaims(ReportInput input)
    {
        var byModel = Pairs(input).GroupBy(p => p.Model.Model)
            .Select(g => $"{g.Key} {(g.Any(p => p.Model.Judged is not null) ? string.Join(", ", g.Where(p => p.Model.Judged is not null).Select(p => p.Claim.Id)) : "none")}");
        return "claims judged per model: " + string.Join("; ", byModel);
    }
}
