namespace Repro.Harness.Execution;

/// <summary>A store entry that failed verification and was scheduled for recomputation; the CLI reports these.</summary>
/// <param name="Key">The unit key whose entry was corrupt.</param>
/// <param name="Label">The unit's label.</param>
/// <param name="Reason">What verification found (e.g. "sha256 mismatch…").</param>
public sealed record CorruptEntry(string Key, string Label, string Reason);
