using System.Text.Json.Nodes;

namespace Repro.Harness.Execution;

/// <summary>
/// What a batch did. <see cref="Results"/> is the same whatever the job count or order (each
/// result is a pure function of its unit), and holds every unit unless <see cref="Interrupted"/>.
/// </summary>
/// <param name="Total">Distinct units in the batch (items sharing a key count once).</param>
/// <param name="Executed">Units computed in this batch (and saved).</param>
/// <param name="Reused">Units whose valid entry was already in the store.</param>
/// <param name="Corrupt">Entries that failed verification and were queued for recomputation, sorted by key.</param>
/// <param name="Interrupted">True when cancellation left some units without a result; re-running resumes.</param>
/// <param name="Results">Result JSON by unit key, enumerated in ordinal key order; nodes are detached and canonical-normalised.</param>
public sealed record BatchOutcome(
    int Total,
    int Executed,
    int Reused,
    IReadOnlyList<CorruptEntry> Corrupt,
    bool Interrupted,
    IReadOnlyDictionary<string, JsonNode> Results);
