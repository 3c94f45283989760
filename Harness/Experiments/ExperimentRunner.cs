using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Harness.Execution;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Experiments;

/// <summary>
/// Runs claims' plans round by round: collect every claim's pending units, run them as one
/// parallel batch (reusing what the store holds), and repeat until no claim needs more.
/// An optional filter keeps only some units (a shard's chains); the rest are never run.
/// </summary>
internal static class ExperimentRunner
{
    public static RunTally Run(IReadOnlyList<ClaimTest> claims, ExperimentScope scope, ResultStore store,
        int jobs, IProgressSink progress, ResultBook book, CancellationToken cancellation,
        Func<ClaimTest, IUnit, bool>? include = null)
    {
        var tally = new RunTally();
        while (true)
        {
            var items = new Dictionary<string, WorkItem>(StringComparer.Ordinal);
            foreach (ClaimTest claim in claims)
                foreach (IUnit unit in claim.Pending(scope, book))
                {
                    if (include is not null && !include(claim, unit)) continue;
                    string key = book.KeyOf(unit);
                    if (!items.ContainsKey(key))
                        items[key] = UnitJson.WorkItemOf(unit, key);
                }
            if (items.Count == 0) return tally;

            BatchOutcome outcome = UnitScheduler.RunBatch([.. items.Values], store, jobs, progress, cancellation);
            foreach ((string key, System.Text.Json.Nodes.JsonNode result) in outcome.Results) book.Add(key, result);
            tally.Add(outcome);
            if (outcome.Interrupted)
            {
                tally.Interrupted = true;
                return tally;
            }
        }
    }
}
