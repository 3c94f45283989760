using System.Collections.ObjectModel;
using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Execution;

/// <summary>
/// Runs a batch of units against a result store: reuses valid entries, recomputes missing and
/// corrupt ones in parallel, saves each result as it finishes. The outcome's results do not
/// depend on the job count or on the order of completion.
/// </summary>
public static class UnitScheduler
{
    /// <summary>
    /// Runs <paramref name="items"/> with at most <paramref name="jobs"/> units at once.
    /// Items sharing a key run once. Pending units start largest estimated cost first (ties by
    /// key) for good packing. On cancellation no new unit starts, running ones may finish or
    /// abandon (nothing partial is saved), and the outcome says <see cref="BatchOutcome.Interrupted"/>.
    /// The batch adds its units to <paramref name="progress"/>; finishing it is the run owner's job (a run has many batches).
    /// </summary>
    /// <exception cref="UnitFailedException">A unit's Execute threw; the other units were stopped first.</exception>
    public static BatchOutcome RunBatch(
        IReadOnlyList<WorkItem> items, ResultStore store, int jobs, IProgressSink progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);

        List<WorkItem> distinct = Deduplicate(items, store);
        var results = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var corrupt = new List<CorruptEntry>();
        var pending = new List<WorkItem>();
        int reused = 0;

        progress.Plan(distinct.Count, distinct.Sum(item => item.EstimatedCost));
        foreach (WorkItem item in distinct)
        {
            if (cancellation.IsCancellationRequested) break;
            StoreLookup lookup = store.TryLoad(item.Key);
            if (lookup.IsFound && CanonicalJson.Equal(lookup.Entry.Unit, item.Unit))
            {
                results[item.Key] = lookup.Entry.Result;
                reused++;
                progress.Reused(item);
                continue;
            }
            if (lookup.IsCorrupt) corrupt.Add(new CorruptEntry(item.Key, item.Label, lookup.CorruptReason));
            else if (lookup.IsFound) corrupt.Add(new CorruptEntry(item.Key, item.Label, "entry holds a different unit under this key"));
            pending.Add(item);
        }

        if (!cancellation.IsCancellationRequested)
        {
            List<WorkItem> queue = [.. pending.OrderByDescending(item => item.EstimatedCost).ThenBy(item => item.Key, StringComparer.Ordinal)];
            foreach (var (key, result) in WorkerPool.Run(queue, store, jobs, progress, cancellation))
                results[key] = result;
        }

        corrupt.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new BatchOutcome(
            Total: distinct.Count,
            Executed: results.Count - reused,
            Reused: reused,
            Corrupt: corrupt,
            Interrupted: results.Count < distinct.Count,
            Results: new ReadOnlyDictionary<string, JsonNode>(results));
    }

    /// <summary>First item per key, in input order; a key naming two different units is a planning bug and is rejected.</summary>
    private static List<WorkItem> Deduplicate(IReadOnlyList<WorkItem> items, ResultStore store)
    {
        var firstByKey = new Dictionary<string, WorkItem>(StringComparer.Ordinal);
        var distinct = new List<WorkItem>();
        foreach (WorkItem item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            _ = store.PathFor(item.Key); // validates the key's shape
            if (!double.IsFinite(item.EstimatedCost) || item.EstimatedCost < 0)
                throw new ArgumentException($"unit '{item.Label}': estimated cost must be finite and ≥ 0, got {item.EstimatedCost}", nameof(items));
            if (firstByKey.TryGetValue(item.Key, out WorkItem? first))
            {
                if (!CanonicalJson.Equal(first.Unit, item.Unit))
                    throw new ArgumentException($"units '{first.Label}' and '{item.Label}' share key {item.Key} but differ", nameof(items));
                continue;
            }
            firstByKey.Add(item.Key, item);
            distinct.Add(item);
        }
        return distinct;
    }
}
