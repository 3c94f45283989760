using System.Globalization;

namespace Repro.Harness.Execution;

/// <summary>
/// Progress for redirected output and CI logs: a plain line when the run starts and when a later
/// round adds units, at most one every <c>interval</c> (from completions or, if none, a timer — so
/// long units still show signs of life), and a final line. No carriage returns or escape codes
/// that would garble a log file.
/// </summary>
public sealed class PlainProgress : TalliedProgress
{
    /// <summary>The default gap between lines.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    private readonly TextWriter output;
    private readonly TimeSpan interval;
    private long lastLine;

    /// <summary>Writes to <paramref name="output"/> every <paramref name="interval"/> (default 10 s); the clock is injectable for tests.</summary>
    public PlainProgress(TextWriter output, TimeSpan? interval = null, TimeProvider? clock = null)
        : base(clock, Positive(interval ?? DefaultInterval))
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        this.interval = interval ?? DefaultInterval;
    }

    private protected override void OnPlanned(int units)
        => WriteLine(Tally.Rounds == 1
            ? $"repro: {units} units to go"
            : string.Create(CultureInfo.InvariantCulture, $"repro: round {Tally.Rounds} adds {units} units ({Tally.Total} in all so far)"));

    private protected override void OnAdvanced() => LineIfDue();

    private protected override void OnTick() => LineIfDue();

    private protected override void OnFinished() => WriteLine("repro: " + Tally.Final());

    private void LineIfDue()
    {
        if (Clock.GetElapsedTime(lastLine) >= interval) WriteLine("repro: " + Tally.Summary());
    }

    private void WriteLine(string line)
    {
        output.WriteLine(line);
        output.Flush();
        lastLine = Clock.GetTimestamp();
    }

    private static TimeSpan Positive(TimeSpan interval)
        => interval > TimeSpan.Zero ? interval : throw new ArgumentOutOfRangeException(nameof(interval), interval, "the interval must be positive");
}
