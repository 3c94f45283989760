using System.Globalization;

namespace Repro.Harness.Execution;

/// <summary>
/// Progress for redirected output and CI logs: a plain line when the run starts and when a later
/// round adds units, at most one every <c>interval</c> (from completions or, if none, a timer — so
/// long units still show signs of life), and a final line. No carriage returns or escape codes
/// that would garble a log file.
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
    public void Plan(int units, double estimatedCost)
    {
        lock (gate)
        {
            tally.Plan(units, estimatedCost);
            WriteLine(tally.Rounds == 1
                ? $"repro: {units} units to go"
                : string.Create(CultureInfo.InvariantCulture, $"repro: round {tally.Rounds} adds {units} units ({tally.Total} in all so far)"));
            if (running) return;
            running = true;
            timer = clock.CreateTimer(_ => Tick(), null, interval, interval);
        }
    }

    /// <inheritdoc />
    public void Reused(WorkItem item)
    {
        lock (gate)
        {
            tally.AddReused(item);
            LineIfDue();
        }
    }

    /// <inheritdoc />
    public void Computed(WorkItem item, TimeSpan computeTime)
    {
        lock (gate)
        {
            tally.AddComputed(item, computeTime);
            LineIfDue();
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
            WriteLine("repro: " + tally.Final());
        }
    }

    private void Tick()
    {
        lock (gate)
        {
            if (running) LineIfDue();
        }
    }

    private void LineIfDue()
    {
        if (clock.GetElapsedTime(lastLine) >= interval) WriteLine("repro: " + tally.Summary());
    }

    private void WriteLine(string line)
    {
        output.WriteLine(line);
        output.Flush();
        lastLine = clock.GetTimestamp();
    }
}
