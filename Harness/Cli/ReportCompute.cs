using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using System.Globalization;
using Repro.Harness.Experiments;
using Repro.Reports.Content;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Cli;

/// <summary>
/// The compute time printed on the title page. The store keeps no timings (results must not
/// depend on the machine), so this is the plan's own estimate — the sum of IUnit.EstimatedCost
/// over the units the profile's plan can need, searches counted at their most probes — for the
/// claims, models and seeds the results were made with.
/// </summary>
internal static class ReportCompute
{
    public const string Basis = "single-core upper bound from the plan: every run to τ_max, searches at their most probes; the store records no timings";

    public static ComputeEstimate Estimate(string profileName, IReadOnlyList<ClaimAnalysis> analyses)
    {
        if (!ProfileNames.TryParse(profileName, out Profile profile))
            throw new UsageException("manifest.json: profile", $"'{profileName}' is not a profile (allowed: {string.Join(", ", ProfileNames.All)})");
        double seconds = 0;
        int units = 0;
        foreach (ClaimAnalysis analysis in analyses)
        {
            ClaimTest experiment = ClaimRegistry.All.First(c => c.Id == analysis.ClaimId);
            var scope = new ExperimentScope(profile, [.. analysis.Models.Select(m => m.Model)], SeedsOf(analysis.ReproduceCommand));
            PlanEstimate estimate = experiment.Estimate(scope);
            seconds += estimate.CpuSeconds;
            units += estimate.Units;
        }
        return new ComputeEstimate(seconds, units, Basis);
    }

    /// <summary>The --seeds override the claim was run with (ClaimCommands writes it into the command), else null.</summary>
    private static int? SeedsOf(string command)
    {
        string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int at = Array.IndexOf(words, "--seeds");
        return at >= 0 && at + 1 < words.Length && int.TryParse(words[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int seeds) && seeds > 0
            ? seeds
            : null;
    }
}
