namespace Repro.Harness.Shards;

/// <summary>What a merge did.</summary>
/// <param name="Entries">Distinct keys across the sources (all verified).</param>
/// <param name="Written">Entries copied into the destination.</param>
/// <param name="AlreadyPresent">Entries the destination already held byte for byte.</param>
internal sealed record MergeOutcome(int Entries, int Written, int AlreadyPresent);
