namespace Repro.Harness.Execution;

/// <summary>
/// One live line for an interactive terminal over the whole run, redrawn in place with '\r':
/// bar, done/total (the total grows as rounds are planned), reused, elapsed and ETA. Redraws at
/// most ~10×/s on completions and once a second from a timer so the clock keeps moving while long
/// units run.
/// </summary>
public sealed class TerminalProgress : TalliedProgress
{
    private const int BarWidth = 24;
    private static readonly TimeSpan MinRedrawGap = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan TickPeriod = TimeSpan.FromSeconds(1);

    private readonly TextWriter output;
    private long lastDraw;
    private int lastLength;

    /// <summary>Draws on <paramref name="output"/> (normally stderr); the clock is injectable for tests.</summary>
    public TerminalProgress(TextWriter output, TimeProvider? clock = null)
        : base(clock, TickPeriod)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
    }

    private protected override void OnPlanned(int units) => Draw();

    private protected override void OnAdvanced()
    {
        if (Clock.GetElapsedTime(lastDraw) >= MinRedrawGap) Draw();
    }

    private protected override void OnTick() => Draw();

    private protected override void OnFinished()
    {
        Draw();
        output.Write('\n');
        output.Flush();
    }

    private void Draw()
    {
        int filled = (int)Math.Round(Tally.Fraction * BarWidth);
        string line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {Tally.Summary()}";
        // Pad over the previous, possibly longer, line instead of relying on terminal escape codes.
        output.Write('\r' + line.PadRight(lastLength));
        output.Flush();
        lastLength = line.Length;
        lastDraw = Clock.GetTimestamp();
    }
}
