namespace Repro.Harness.Execution;

/// <summary>
/// Receives the progress of one whole run, over all its rounds: each batch adds its units with
/// <see cref="Plan"/> (so the total grows as rounds are planned), every unit is then reported once,
/// and whoever owns the run calls <see cref="Finish"/> at its end. The scheduler serialises its
/// calls (never two at once), so an implementation only needs its own locking if it also draws
/// from a timer.
/// </summary>
public interface IProgressSink
{
    /// <summary>A batch of <paramref name="units"/> distinct units with summed estimated cost <paramref name="estimatedCost"/> joins the run.</summary>
    void Plan(int units, double estimatedCost);

    /// <summary><paramref name="item"/> was found in the store: done, at no compute cost.</summary>
    void Reused(WorkItem item);

    /// <summary><paramref name="item"/> was computed in <paramref name="computeTime"/> (its worker's wall-clock time).</summary>
    void Computed(WorkItem item, TimeSpan computeTime);

    /// <summary>As <see cref="Computed(WorkItem, TimeSpan)"/>, with the CPU time the unit's own Execute took on its thread
    /// (null where the thread clock is unavailable); sinks that do not account CPU ignore it.</summary>
    void Computed(WorkItem item, TimeSpan computeTime, TimeSpan? unitCpu) => Computed(item, computeTime);

    /// <summary>The run ended (completed, interrupted or failed); release timers, end the line.</summary>
    void Finish();
}
