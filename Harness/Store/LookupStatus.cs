namespace Repro.Harness.Store;

/// <summary>What <see cref="ResultStore.TryLoad"/> found for a key.</summary>
public enum LookupStatus
{
    /// <summary>A valid entry: reuse its result.</summary>
    Found,

    /// <summary>No entry: the unit must run.</summary>
    Missing,

    /// <summary>An entry exists but cannot be trusted: report it, then recompute (the save overwrites it).</summary>
    Corrupt,
}
