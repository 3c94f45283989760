using System.Globalization;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Results;

/// <summary>The one-screen verdict table printed at the end of a run.</summary>
internal static class SummaryTable
{
    public static void Print(TextWriter output, IReadOnlyList<ClaimAnalysis> analyses)
    {
        output.WriteLine();
        output.WriteLine($"{"claim",-6} {"model",-18} {"verdict",-13} deciding number");
        foreach (ClaimAnalysis analysis in analyses)
            foreach (ModelAnalysis model in analysis.Models)
            {
                string verdict = model.IsDescriptive ? "descriptive" : model.Verdict is null ? "n/a" : VerdictResult.Label(model.Verdict.Verdict);
                string detail = model.IsDescriptive ? "not judged" : model.Verdict?.Describe() ?? "not applicable";
                int colon = detail.IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0 && model.Judged is not null) detail = detail[(colon + 2)..];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{analysis.ClaimId,-6} {ModelNames.Describe(model.Model),-18} {verdict,-13} {Shorten(detail, 90)}"));
                if (model.Divergence is { Diverged.Count: > 0 } divergence)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{"",-6} {"",-18} {"",-13} {divergence.Diverged.Count} of {divergence.TrainingRuns} training runs diverged (first at step {divergence.Diverged.Min(r => r.Step)})"));
            }
    }

    public static bool AnyFailed(IEnumerable<ClaimAnalysis> analyses)
        => analyses.SelectMany(a => a.Models).Any(m => m.Judged?.Verdict == Verdict.Fail); // a descriptive FAIL is no finding

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
