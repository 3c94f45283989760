using System.Text.RegularExpressions;
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

        progress.Plan(3, 5);
        Thread.Sleep(5);
        progress.Reused(Cheap);
        Thread.Sleep(5);
        progress.Computed(Dear, TimeSpan.FromMilliseconds(4));
        progress.Computed(Cheap, TimeSpan.FromMilliseconds(1));
        progress.Finish();

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("repro: 3 units to go", lines[0]);
        // Which counts a line shows depends on when the timer fires (a loaded machine delays it); that one is written does not.
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^repro: [0-3]/3 units, [01] reused, elapsed "));
        Assert.StartsWith("repro: finished 3/3 units (1 reused) in 1 round, ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void PlainProgressWritesAtMostOneLinePerIntervalAndOnTimerTicks()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new PlainProgress(output, TimeSpan.FromSeconds(10), clock);

        progress.Plan(4, 10);
        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Reused(Cheap);                                 // too soon: no line
        clock.Advance(TimeSpan.FromSeconds(8));
        progress.Computed(Dear, TimeSpan.FromSeconds(8));       // 10 s since the start line
        clock.FireTimers();                                     // too soon after that line
        clock.Advance(TimeSpan.FromSeconds(10));
        clock.FireTimers();                                     // a long unit is running: the timer keeps the log alive
        progress.Computed(Cheap, TimeSpan.FromSeconds(10));
        progress.Finish();
        clock.FireTimers();                                     // after Finish: silent

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("repro: 4 units to go", lines[0]);
        int first = EtaSeconds(Assert.Single(lines, l => l.StartsWith("repro: 2/4 units, 1 reused, elapsed 10s, ETA ", StringComparison.Ordinal)));
        int second = EtaSeconds(Assert.Single(lines, l => l.StartsWith("repro: 2/4 units, 1 reused, elapsed 20s, ETA ", StringComparison.Ordinal)));
        Assert.Equal(19, first);                // 6 cost left at 8 s per 3 cost = 16 s of work, at the ~0.83 busy workers measured so far
        Assert.Equal(first - 10, second);       // no unit finished since: the ETA counts down
        Assert.Equal("repro: stopped at 3/4 units (1 reused) in 1 round, 20s", lines[3]);
    }

    [Fact]
    public void OneDisplayCoversEveryRoundAndItsTotalGrowsAsRoundsArePlanned()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new PlainProgress(output, TimeSpan.FromSeconds(1), clock);

        progress.Plan(2, 4);
        clock.Advance(TimeSpan.FromSeconds(3));
        progress.Computed(Dear, TimeSpan.FromSeconds(3));
        progress.Computed(Cheap, TimeSpan.FromSeconds(0.5));
        progress.Plan(3, 6);
        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Reused(Cheap);
        progress.Finish();

        Assert.Equal(
            [
                "repro: 2 units to go",
                "repro: 1/2 units, 0 reused, elapsed 3s, ETA 1s",
                "repro: round 2 adds 3 units (5 in all so far)",
                "repro: 3/5 units (round 2), 1 reused, elapsed 5s, ETA 4s",
                "repro: stopped at 3/5 units (1 reused) in 2 rounds, 5s",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TheEtaFollowsMeasuredCostWhenTheFirstUnitsAreMuchCheaperThanTheLast()
    {
        // One worker: five units of cost 1 taking 1 s each, then five of cost 10 taking 10 s each.
        var clock = new ManualClock();
        var tally = new ProgressTally(clock);
        List<WorkItem> cheap = [.. Enumerable.Range(0, 5).Select(i => Unit(i, 1))];
        List<WorkItem> dear = [.. Enumerable.Range(5, 5).Select(i => Unit(i, 10))];
        tally.Plan(10, 55);
        foreach (WorkItem item in cheap) Compute(clock, tally, item, seconds: 1);

        // 50 s of work is left; counting units (5 of 10 done in 5 s) would say 5 s.
        Assert.InRange(tally.Eta!.Value.TotalSeconds, 49.9, 50.1);
        Compute(clock, tally, dear[0], seconds: 10);
        Assert.InRange(tally.Eta!.Value.TotalSeconds, 39.9, 40.1);
    }

    [Fact]
    public void TheCostModelCalibratesAnEstimateThatIsAnUpperBound()
    {
        // Estimated 10 each, but every run stops at ε after 2 s.
        var clock = new ManualClock();
        var tally = new ProgressTally(clock);
        tally.Plan(10, 100);
        for (int i = 0; i < 3; i++) Compute(clock, tally, Unit(i, 10), seconds: 2);
        Assert.InRange(tally.Eta!.Value.TotalSeconds, 13.9, 14.1); // 7 units × 2 s, not 7 × 10
    }

    [Fact]
    public void TheEtaUsesTheMeasuredThroughputOfParallelWorkersAndIgnoresReusedUnits()
    {
        var clock = new ManualClock();
        var tally = new ProgressTally(clock);
        tally.Plan(6, 6);
        tally.AddReused(Unit(0, 1));
        tally.AddReused(Unit(1, 1));
        Assert.Null(tally.Eta);                               // nothing computed: no rate yet
        for (int round = 0; round < 3; round++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));          // two workers, 10 s per unit
            tally.AddComputed(Unit(2 + 2 * round, 1), TimeSpan.FromSeconds(10));
            if (round < 2) tally.AddComputed(Unit(3 + 2 * round, 1), TimeSpan.FromSeconds(10));
            if (round == 0) Assert.InRange(tally.Eta!.Value.TotalSeconds, 9.9, 10.1);   // 2 units left on 2 workers: 10 s, not 20
        }
        Assert.Equal(TimeSpan.Zero, tally.Eta);
    }

    [Fact]
    public void TerminalProgressRedrawsOneLineInPlaceAndEndsIt()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new TerminalProgress(output, clock);

        progress.Plan(2, 4);
        clock.Advance(TimeSpan.FromSeconds(3));
        progress.Computed(Dear, TimeSpan.FromSeconds(3));
        clock.Advance(TimeSpan.FromMilliseconds(10));
        progress.Computed(Cheap, TimeSpan.FromSeconds(1));     // within 100 ms: not redrawn until Finish
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

    [Fact]
    public void TheFinalLineGivesTheShareOfTheRunsCpuSpentInsideTheUnits()
    {
        var clock = new ManualClock();
        TimeSpan process = TimeSpan.FromSeconds(1);            // start-up and planning, before the first unit
        var tally = new ProgressTally(clock, () => process);
        tally.Plan(3, 3);
        tally.AddReused(Unit(0, 1));                           // reused: no CPU, does not enter the share
        tally.AddComputed(Unit(1, 1), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(9));
        tally.AddComputed(Unit(2, 1), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(9));
        process += TimeSpan.FromSeconds(19);                   // 18 s in the units, 2 s of harness in all
        Assert.EndsWith("; CPU 20 s, 90.0% inside the units", tally.Final(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoShareIsPrintedWhenAUnitsCpuWasNotMeasured()
    {
        var tally = new ProgressTally(new ManualClock(), () => TimeSpan.FromSeconds(5));
        tally.Plan(2, 2);
        tally.AddComputed(Unit(0, 1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        tally.AddComputed(Unit(1, 1), TimeSpan.FromSeconds(1), null);
        Assert.DoesNotContain("inside the units", tally.Final(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheThreadCpuClockCountsThisThreadsWork()
    {
        if (!OperatingSystem.IsLinux()) return; // the clock is Linux-only; elsewhere the share is simply not printed
        TimeSpan before = ThreadCpuClock.Now()!.Value;
        double x = 0;
        for (int i = 0; i < 20_000_000; i++) x += Math.Sqrt(i);
        TimeSpan spent = ThreadCpuClock.Now()!.Value - before;
        Assert.True(x > 0);
        Assert.InRange(spent.TotalMilliseconds, 1, 10_000);
    }

    private static WorkItem Unit(int i, double cost) => SquareUnits.Item(i) with { EstimatedCost = cost };

    /// <summary>One worker computes <paramref name="item"/> in <paramref name="seconds"/>.</summary>
    private static void Compute(ManualClock clock, ProgressTally tally, WorkItem item, double seconds)
    {
        clock.Advance(TimeSpan.FromSeconds(seconds));
        tally.AddComputed(item, TimeSpan.FromSeconds(seconds));
    }

    private static int EtaSeconds(string line) => int.Parse(Regex.Match(line, @"ETA (\d+)s$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
