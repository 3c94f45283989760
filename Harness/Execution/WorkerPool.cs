using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Execution;

/// <summary>
/// Runs a queue of units on dedicated threads (CPU-bound and long, so not on the thread pool),
/// at most <c>jobs</c> at once, taking items in queue order. Each result is saved the moment it
/// is done, so an interruption or crash loses only the units that were running.
/// </summary>
internal sealed class WorkerPool
{
    private readonly IReadOnlyList<WorkItem> queue;
    private readonly ResultStore store;
    private readonly IProgressSink progress;
    private readonly CancellationTokenSource stop;
    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonNode> completed = new(StringComparer.Ordinal);
    private ExceptionDispatchInfo? failure;
    private int next = -1;

    private WorkerPool(IReadOnlyList<WorkItem> queue, ResultStore store, IProgressSink progress, CancellationTokenSource stop)
    {
        this.queue = queue;
        this.store = store;
        this.progress = progress;
        this.stop = stop;
    }

    /// <summary>
    /// Computes and saves the queued units. Returns the finished ones (all, unless cancelled).
    /// The first failure stops the others (they see a cancelled token) and is rethrown after
    /// every thread has ended, so nothing is still writing when the caller sees the error.
    /// </summary>
    public static Dictionary<string, JsonNode> Run(
        IReadOnlyList<WorkItem> queue, ResultStore store, int jobs, IProgressSink progress, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pool = new WorkerPool(queue, store, progress, stop);
        var threads = Enumerable.Range(0, Math.Min(jobs, queue.Count))
            .Select(i => new Thread(pool.Work) { IsBackground = true, Name = $"repro-unit-{i}" })
            .ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        pool.failure?.Throw();
        return pool.completed;
    }

    private void Work()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                int index = Interlocked.Increment(ref next);
                if (index >= queue.Count) return;
                if (!RunOne(queue[index])) return;
            }
        }
        catch (Exception e)
        {
            Fail(e); // store I/O or a progress sink failing: not the unit's fault, rethrown as is
        }
    }

    /// <summary>False when this worker should stop (cancelled or failed).</summary>
    private bool RunOne(WorkItem item)
    {
        JsonNode result;
        long started = Stopwatch.GetTimestamp();
        TimeSpan? cpuBefore = ThreadCpuClock.Now(), cpuAfter;
        try
        {
            object outcome = item.Execute(stop.Token);
            cpuAfter = ThreadCpuClock.Now(); // the unit's own compute ends here: JSON and the store are the harness's
            result = CanonicalJson.Normalize(item.Encode(outcome)) ?? throw new InvalidOperationException("Execute returned null");
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false; // not done; nothing was written
        }
        catch (Exception e)
        {
            Fail(new UnitFailedException(item.Label, item.Key, e));
            return false;
        }

        store.Save(item.Key, item.Unit, result);
        lock (gate)
        {
            completed[item.Key] = result;
            progress.Computed(item, Stopwatch.GetElapsedTime(started), cpuAfter - cpuBefore);
        }
        return true;
    }

    private void Fail(Exception e)
    {
        lock (gate) failure ??= ExceptionDispatchInfo.Capture(e);
        try
        {
            stop.Cancel();
        }
        catch (AggregateException)
        {
            // A unit's cancellation callback threw; the first failure is what gets reported.
        }
    }
}
