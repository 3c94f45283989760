namespace Repro.Harness.Tests;

/// <summary>A TimeProvider whose time moves only when told and whose timers fire only when told.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly List<ManualTimer> timers = [];
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => ticks;

    public void Advance(TimeSpan by) => ticks += by.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(() => callback(state));
        timers.Add(timer);
        return timer;
    }

    /// <summary>Fires every live timer once.</summary>
    public void FireTimers()
    {
        foreach (ManualTimer timer in timers.Where(t => !t.Disposed).ToList()) timer.Fire();
    }

    private sealed class ManualTimer(Action fire) : ITimer
    {
        public bool Disposed { get; private set; }

        public void Fire() => fire();

        public bool Change(TimeSpan dueTime, TimeSpan period) => !Disposed;

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
