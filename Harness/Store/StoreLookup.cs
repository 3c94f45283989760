using System.Diagnostics.CodeAnalysis;

namespace Repro.Harness.Store;

/// <summary>
/// Outcome of a store lookup: Found(entry), Missing or Corrupt(reason). A value rather than an
/// exception because a corrupt entry is an expected, recoverable state (recompute it).
/// </summary>
public sealed record StoreLookup
{
    private StoreLookup(LookupStatus status, StoreEntry? entry, string? corruptReason)
    {
        Status = status;
        Entry = entry;
        CorruptReason = corruptReason;
    }

    /// <summary>The lookup with no entry on disk.</summary>
    public static StoreLookup Missing { get; } = new(LookupStatus.Missing, null, null);

    /// <summary>Which of the three outcomes this is.</summary>
    public LookupStatus Status { get; }

    /// <summary>The verified entry when <see cref="IsFound"/>.</summary>
    public StoreEntry? Entry { get; }

    /// <summary>Why the entry cannot be trusted, when <see cref="IsCorrupt"/>.</summary>
    public string? CorruptReason { get; }

    /// <summary>True when a valid entry was found.</summary>
    [MemberNotNullWhen(true, nameof(Entry))]
    public bool IsFound => Entry is not null;

    /// <summary>True when an entry exists but failed verification.</summary>
    [MemberNotNullWhen(true, nameof(CorruptReason))]
    public bool IsCorrupt => CorruptReason is not null;

    /// <summary>A valid entry.</summary>
    public static StoreLookup Found(StoreEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(LookupStatus.Found, entry, null);
    }

    /// <summary>An untrustworthy entry and the reason, for the caller's report.</summary>
    public static StoreLookup Corrupt(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(LookupStatus.Corrupt, null, reason);
    }
}
