namespace Repro.Harness.Execution;

/// <summary>
/// What every live display shares: one <see cref="ProgressTally"/> for the whole run, one lock
/// (the scheduler's calls and the timer's ticks never overlap), and a timer started by the first
/// round and stopped by <see cref="Finish"/>. Subclasses only decide what to show and when.
/// </summary>
public abstract class TalliedProgress : IProgressSink
{
    private readonly TimeSpan tickPeriod;
    private readonly Lock gate = new();
    private ITimer? timer;
    private bool running;

    private protected TalliedProgress(TimeProvider? clock, TimeSpan tickPeriod)
    {
        Clock = clock ?? TimeProvider.System;
        Tally = new ProgressTally(Clock);
        this.tickPeriod = tickPeriod;
    }

    private protected TimeProvider Clock { get; }

    private protected ProgressTally Tally { get; }

    /// <inheritdoc />
    public void Plan(int units, double estimatedCost)
    {
        lock (gate)
        {
            Tally.Plan(units, estimatedCost);
            OnPlanned(units);
            if (running) return;
            running = true;
            timer = Clock.CreateTimer(_ => Tick(), null, tickPeriod, tickPeriod);
        }
    }

    /// <inheritdoc />
    public void Reused(WorkItem item)
    {
        lock (gate)
        {
            Tally.AddReused(item);
            OnAdvanced();
        }
    }

    /// <inheritdoc />
    public void Computed(WorkItem item, TimeSpan computeTime) => Computed(item, computeTime, null);

    /// <inheritdoc />
    public void Computed(WorkItem item, TimeSpan computeTime, TimeSpan? unitCpu)
    {
        lock (gate)
        {
            Tally.AddComputed(item, computeTime, unitCpu);
            OnAdvanced();
        }
    }

    /// <inheritdoc />
    public void Finish()
    {
        lock (gate)
        {
            if (!running) return;
            running = false;
            timer?.Dispose();
            timer = null;
            OnFinished();
        }
    }

    /// <summary>A round joined the run (the first one starts it).</summary>
    private protected abstract void OnPlanned(int units);

    /// <summary>A unit is done.</summary>
    private protected abstract void OnAdvanced();

    /// <summary>The timer fired while the run is going (long units: keep showing signs of life).</summary>
    private protected abstract void OnTick();

    /// <summary>The run ended.</summary>
    private protected abstract void OnFinished();

    private void Tick()
    {
        lock (gate)
        {
            if (running) OnTick();
        }
    }
}
