using Repro.Harness.Execution;

namespace Repro.Harness.Tests;

public class ProgressTests
{
    private static readonly WorkItem Cheap = SquareUnits.Item(0);   // cost 1
    private static readonly WorkItem Dear = SquareUnits.Item(2);    // cost 3

    [Fact]
    public void PlainProgressWithATinyIntervalWritesLinesToTheInjectedWriter()
    {
        var output = new StringWriter();
        var progress = new PlainProgress(output, TimeSpan.FromMilliseconds(1));

        progress.Start(3, 5);
        Thread.Sleep(5);
        progress.Advance(Cheap, reused: true);
        Thread.Sleep(5);
        progress.Advance(Dear, reused: false);
        progress.Advance(Cheap, reused: false);
        progress.Finish();

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("repro: 3 units to go", lines[0]);
        // Which counts a line shows depends on when the timer fires (a loaded machine delays it); that one is written does not.
        Assert.Contains(lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^repro: [0-3]/3 units, [01] reused, elapsed "));
        Assert.StartsWith("repro: finished 3/3 units (1 reused) in ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void PlainProgressWritesAtMostOneLinePerIntervalAndOnTimerTicks()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new PlainProgress(output, TimeSpan.FromSeconds(10), clock);

        progress.Start(4, 10);
        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Advance(Cheap, reused: true);      // too soon: no line
        clock.Advance(TimeSpan.FromSeconds(8));
        progress.Advance(Dear, reused: false);      // 10 s since the start line
        clock.FireTimers();                          // too soon after that line
        clock.Advance(TimeSpan.FromSeconds(10));
        clock.FireTimers();                          // a long unit is running: the timer keeps the log alive
        progress.Advance(Cheap, reused: false);
        progress.Finish();
        clock.FireTimers();                          // after Finish: silent

        Assert.Equal(
            [
                "repro: 4 units to go",
                "repro: 2/4 units, 1 reused, elapsed 10s, ETA 20s",
                "repro: 2/4 units, 1 reused, elapsed 20s, ETA 40s",
                "repro: stopped at 3/4 units (1 reused) in 20s",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TerminalProgressRedrawsOneLineInPlaceAndEndsIt()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new TerminalProgress(output, clock);

        progress.Start(2, 4);
        clock.Advance(TimeSpan.FromSeconds(3));
        progress.Advance(Dear, reused: false);
        clock.Advance(TimeSpan.FromMilliseconds(10));
        progress.Advance(Cheap, reused: false);     // within 100 ms: not redrawn until Finish
        progress.Finish();

        string text = output.ToString();
        string[] frames = text.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, frames.Length);
        Assert.StartsWith("[........................] 0/2 units", frames[0], StringComparison.Ordinal);
        Assert.StartsWith("[##################......] 1/2 units, 0 reused, elapsed 3s, ETA 1s", frames[1], StringComparison.Ordinal);
        Assert.StartsWith("[########################] 2/2 units", frames[2], StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text, '\n');
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(59.4, "59s")]
    [InlineData(187, "3m07s")]
    [InlineData(7387, "2h03m07s")]
    public void DurationsAreCompact(double seconds, string expected)
        => Assert.Equal(expected, ProgressTally.FormatDuration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void QuietConsoleProgressIsSilent()
        => Assert.Same(NullProgress.Instance, ProgressSinks.ForConsole(quiet: true));
}
