using Repro.Theory.Claims;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Percentile-bootstrap intervals over seeds: whole seeds are resampled, so everything computed
/// from one seed stays together. The resampling stream is named after the claim and quantity,
/// so intervals are reproducible and independent of each other.
/// </summary>
public static class SeedBootstrap
{
    public static ConfidenceInterval Interval(IReadOnlyList<int> seeds, Func<IReadOnlyList<int>, double> statistic, string claimId, string quantity)
        => Bootstrap.PercentileOverUnits(seeds, statistic, seed: 20240219, stream: $"{claimId}/{quantity}",
            confidenceLevel: VerdictThresholds.ConfidenceLevel, resamples: VerdictThresholds.BootstrapResamples);
}
