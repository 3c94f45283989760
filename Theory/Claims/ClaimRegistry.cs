namespace Repro.Theory.Claims;

/// <summary>
/// The one list of claims, in ID order: the harness plans, runs and reports exactly these, and tests
/// count from it. Adding a claim is one <see cref="ClaimTest"/> file plus one line here.
/// </summary>
public static class ClaimRegistry
{
    public static IReadOnlyList<ClaimTest> All { get; } =
    [
        new Claim1InitialOutput(),
        new Claim2Smoothness(),
        new Claim3WidthGrowth(),
        new Claim4Cutoff(),
        new Claim5Iterations(),
        new Claim6LazyRegime(),
        new Claim7RandomFeatures(),
    ];

    /// <summary>Every claim's text, in ID order.</summary>
    public static IReadOnlyList<Claim> Claims { get; } = All.Select(test => test.Claim).ToList();

    /// <summary>The claim with this ID (case-insensitive), e.g. Get("C3").</summary>
    /// <exception cref="KeyNotFoundException">No claim has this ID.</exception>
    public static ClaimTest Get(string id)
        => TryGet(id, out var claim)
            ? claim
            : throw new KeyNotFoundException($"No claim '{id}'. Known: {string.Join(", ", All.Select(c => c.Id))}.");

    /// <summary>The claim with this ID, if any.</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClaimTest? claim)
    {
        ArgumentNullException.ThrowIfNull(id);
        claim = All.FirstOrDefault(c => string.Equals(c.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        return claim is not null;
    }
}
