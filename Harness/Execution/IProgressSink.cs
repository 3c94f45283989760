namespace Repro.Harness.Execution;

/// <summary>
/// Receives batch progress. The scheduler serialises its calls (never two at once), so an
/// implementation only needs its own locking if it also draws from a timer.
/// </summary>
public interface IProgressSink
{
    /// <summary>A batch of <paramref name="total"/> distinct units with summed estimated cost <paramref name="totalCost"/> begins.</summary>
    void Start(int total, double totalCost);

    /// <summary><paramref name="item"/> is done: found in the store (<paramref name="reused"/>) or computed.</summary>
    void Advance(WorkItem item, bool reused);

    /// <summary>The batch ended (completed, interrupted or failed); release timers, end the line.</summary>
    void Finish();
}
