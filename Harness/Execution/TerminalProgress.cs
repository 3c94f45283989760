namespace Repro.Harness.Execution;

/// <summary>
/// One live line for an interactive terminal over the whole run, redrawn in place with '\r':
/// bar, done/total (the total grows as rounds are planned), reused, elapsed and ETA. Redraws at
/// most ~10×/s on completions and once a second from a timer so the clock keeps moving while long
/// units run.
/// </summary>
public sealed class TerminalProgress : IProgressSink
{
    private const int BarWidth = 24;
    private static readonly TimeSpan MinRedrawGap = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan TickPeriod = TimeSpan.FromSeconds(1);

    private readonly TextWriter output;
    private readonly TimeProvider clock;
    private readonly ProgressTally tally;
    private readonly Lock gate = new();
    private ITimer? timer;
    private long lastDraw;
    private int lastLength;
    private bool running;

    /// <summary>Draws on <paramref name="output"/> (normally stderr); the clock is injectable for tests.</summary>
    public TerminalProgress(TextWriter output, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        this.clock = clock ?? TimeProvider.System;
        tally = new ProgressTally(this.clock);
    }

    /// <inheritdoc />
    public void Plan(int units, double estimatedCost)
    {
        lock (gate)
        {
            tally.Plan(units, estimatedCost);
            Draw();
            if (running) return;
            running = true;
            timer = clock.CreateTimer(_ => Tick(), null, TickPeriod, TickPeriod);
        }
    }

    /// <inheritdoc />
    public void Reused(WorkItem item)
    {
        lock (gate)
        {
            tally.AddReused(item);
            DrawIfDue();
        }
    }

    /// <inheritdoc />
    public void Computed(WorkItem item, TimeSpan computeTime)
    {
        lock (gate)
        {
            tally.AddComputed(item, computeTime);
            DrawIfDue();
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
            Draw();
            output.Write('\n');
            output.Flush();
        }
    }

    private void Tick()
    {
        lock (gate)
        {
            if (running) Draw();
        }
    }

    private void DrawIfDue()
    {
        if (clock.GetElapsedTime(lastDraw) >= MinRedrawGap) Draw();
    }

    private void Draw()
    {
        int filled = (int)Math.Round(tally.Fraction * BarWidth);
        string line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {tally.Summary()}";
        // Pad over the previous, possibly longer, line instead of relying on terminal escape codes.
        output.Write('\r' + line.PadRight(lastLength));
        output.Flush();
        lastLength = line.Length;
        lastDraw = clock.GetTimestamp();
    }
}
