namespace Repro.Harness.Shards;

/// <summary>
/// Two stores hold different entries under one key. Results are pure functions of their keys, so
/// this means a non-deterministic or mismatched build: a reproducibility failure (exit 1), not bad input.
/// </summary>
internal sealed class StoreConflictException(string key, string first, string second)
    : Exception($"stores disagree on key {key}: {first} and {second} hold different bytes (nothing was written)")
{
    public string Key { get; } = key;
}
