using System.Text.Json.Nodes;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Experiments;

/// <summary>
/// Adds to each model's analysis the training runs behind it that diverged, so a diverged run is
/// reported as such (with its step) instead of silently showing up as a censored point.
/// </summary>
internal static class DivergenceCensus
{
    /// <summary>The property a training outcome carries (null when the run stayed finite).</summary>
    private const string DivergedAtStep = "divergedAtStep";

    public static ClaimAnalysis Annotate(ClaimAnalysis analysis, ResultBook book)
        => analysis with { Models = analysis.Models.Select(model => model with { Divergence = Count(model.UnitKeys, book) }).ToList() };

    private static DivergenceSummary? Count(IEnumerable<string> unitKeys, ResultBook book)
    {
        int trainingRuns = 0;
        var diverged = new List<DivergedRun>();
        foreach (string key in unitKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (book.TryGetNode(key) is not JsonObject result || !result.TryGetPropertyValue(DivergedAtStep, out JsonNode? step)) continue;
            trainingRuns++;
            if (step is not null) diverged.Add(new DivergedRun(key, step.GetValue<int>()));
        }
        return trainingRuns == 0 ? null : new DivergenceSummary(trainingRuns, diverged);
    }
}
