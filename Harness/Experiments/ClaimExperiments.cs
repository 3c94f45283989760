namespace Repro.Harness.Experiments;

/// <summary>The experiment of every claim, in ID order.</summary>
internal static class ClaimExperiments
{
    public static IReadOnlyList<IClaimExperiment> All { get; } =
    [
        new Claim1InitialOutput(),
        new Claim2Smoothness(),
        new Claim3WidthGrowth(),
        new Claim4Cutoff(),
        new Claim5Iterations(),
        new Claim6LazyRegime(),
        new Claim7RandomFeatures(),
    ];
}
