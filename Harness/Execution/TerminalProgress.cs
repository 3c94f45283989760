namespace Repro.Harness.Execution;

/// <summary>
/// A live one-line bar for an interactive terminal, redrawn in place with '\r': bar, done/total,
/// reused, elapsed and ETA. Redraws at most ~10×/s on completions and once a second from a timer
/// so the clock keeps moving while long units run.
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
    public void Start(int total, double totalCost)
    {
        lock (gate)
        {
            tally.Start(total, totalCost);
            running = true;
            lastLength = 0;
            Draw();
            timer?.Dispose();
            timer = clock.CreateTimer(_ => Tick(), null, TickPeriod, TickPeriod);
        }
    }

    /// <inheritdoc />
    public void Advance(WorkItem item, bool reused)
    {
        lock (gate)
        {
            tally.Advance(item, reused);
            if (clock.GetElapsedTime(lastDraw) >= MinRedrawGap) Draw();
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
