using Repro.Reports.Layout;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>
/// How a model's verdict reads in tables: label, colour, deciding number and its interval. A descriptive model (one with a
/// <see cref="ModelAnalysis.DescriptiveReason"/>) has no verdict to show: it reads "descriptive", with no number.
/// </summary>
internal static class VerdictCells
{
    public const string NotApplicable = "n/a";

    /// <summary>The deciding-quantity cell of a descriptive model.</summary>
    public const string NotJudged = "not judged";

    public static string Label(ModelAnalysis model)
        => model.IsDescriptive ? ClaimSection.Descriptive : model.Verdict is { } v ? VerdictResult.Label(v.Verdict) : NotApplicable;

    public static CellEmphasis Emphasis(ModelAnalysis model) => model.Judged?.Verdict switch
    {
        Verdict.Pass => CellEmphasis.Positive,
        Verdict.Fail => CellEmphasis.Negative,
        Verdict.Inconclusive => CellEmphasis.Caution,
        _ => CellEmphasis.None,
    };

    public static string Quantity(ModelAnalysis model) => model.IsDescriptive ? NotJudged : model.Verdict?.DecidingQuantity ?? "not applicable";

    public static string Value(ModelAnalysis model) => model.Judged is { } v ? Numbers.Read(v.Value) : "";

    /// <summary>"[0.91, 1.05]", with its level appended when it differs from <paramref name="commonLevel"/>; "" without an interval.</summary>
    public static string Interval(ModelAnalysis model, double? commonLevel)
    {
        if (model.Judged is not { } v) return "";
        string interval = Numbers.Interval(v.CiLow, v.CiHigh);
        return interval.Length > 0 && v.ConfidenceLevel is double level && level != commonLevel ? $"{interval} ({Numbers.Read(level * 100)}%)" : interval;
    }

    /// <summary>The confidence level every interval in <paramref name="models"/> shares, or null when they differ or there is none.</summary>
    public static double? CommonLevel(IEnumerable<ModelAnalysis> models)
    {
        List<double> levels = [.. models.Select(m => m.Judged).Where(v => v?.CiLow is not null && v.CiHigh is not null)
            .Select(v => v!.ConfidenceLevel ?? double.NaN).Distinct()];
        return levels.Count == 1 && !double.IsNaN(levels[0]) ? levels[0] : null;
    }

    /// <summary>Describe() without its leading "PASS: ", for a cell beside the coloured verdict.</summary>
    public static string Finding(VerdictResult verdict)
    {
        string text = verdict.Describe();
        string prefix = VerdictResult.Label(verdict.Verdict) + ": ";
        return text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;
    }
}
