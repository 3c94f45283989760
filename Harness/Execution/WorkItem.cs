using System.Text.Json.Nodes;

namespace Repro.Harness.Execution;

/// <summary>
/// One unit of work as the scheduler sees it: what it is (key, unit), how to name it, how
/// expensive it is, and how to compute its result. The experiments build these; the scheduler
/// knows nothing about RNNs.
/// </summary>
/// <param name="Key">Store key (<see cref="Store.UnitKey.Compute(JsonNode, Guid)"/>); equal keys are run once.</param>
/// <param name="Unit">The unit's JSON, saved beside the result so an entry explains itself.</param>
/// <param name="Label">Short human name for progress and error messages, e.g. "C3 m=64 seed=2".</param>
/// <param name="EstimatedCost">Relative cost in arbitrary units (finite, ≥ 0): orders work (largest first) and drives the ETA.</param>
/// <param name="Execute">
/// Computes the outcome. Must be a pure function of <paramref name="Unit"/> (so results are
/// identical whatever the scheduling) and should poll the token in long loops, throwing
/// <see cref="OperationCanceledException"/> when cancelled.
/// </param>
/// <param name="Encode">The outcome as JSON; kept apart from <paramref name="Execute"/> so the unit's own compute can be
/// timed without the harness's serialization.</param>
public sealed record WorkItem(
    string Key,
    JsonNode Unit,
    string Label,
    double EstimatedCost,
    Func<CancellationToken, object> Execute,
    Func<object, JsonNode> Encode);
