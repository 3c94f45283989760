namespace Repro.Harness.Execution;

/// <summary>
/// Progress for redirected output and CI logs: a plain line at the start, at most one every
/// <c>interval</c> (from completions or, if none, a timer — so long units still show signs of
/// life), and a final line. No carriage returns or escape codes that would garble a log file.
/// </summary>
public sealed class PlainProgress : IProgressSink
{
    /// <summary>The default gap between lines.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    private readonly TextWriter output;
    private readonly TimeSpan interval;
    private readonly TimeProvider clock;
    private readonly ProgressTally tally;
    private readonly Lock gate = new();
    private ITimer? timer;
    private long lastLine;
    private bool running;

    /// <summary>Writes to <paramref name="output"/> every <paramref name="interval"/> (default 10 s); the clock is injectable for tests.</summary>
    public PlainProgress(TextWriter output, TimeSpan? interval = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        this.interval = interval ?? DefaultInterval;
        if (this.interval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(interval), this.interval, "the interval must be positive");
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
            WriteLine($"repro: {total} units to go");
            timer?.Dispose();
            timer = clock.CreateTimer(_ => Tick(), null, interval, interval);
        }
    }

    /// <inheritdoc />
    public void Advance(WorkItem item, bool reused)
    {
        lock (gate)
        {
            tally.Advance(item, reused);
            if (clock.GetElapsedTime(lastLine) >= interval) WriteLine("repro: " + tally.Summary());
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
            string verb = tally.Done >= tally.Total ? "finished" : "stopped at";
            WriteLine($"repro: {verb} {tally.Done}/{tally.Total} units ({tally.Reused} reused) in {ProgressTally.FormatDuration(tally.Elapsed)}");
        }
    }

    private void Tick()
    {
        lock (gate)
        {
            if (running && clock.GetElapsedTime(lastLine) >= interval) WriteLine("repro: " + tally.Summary());
        }
    }

    private void WriteLine(string line)
    {
        output.WriteLine(line);
        output.Flush();
        lastLine = clock.GetTimestamp();
    }
}
