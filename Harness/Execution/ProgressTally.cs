using System.Globalization;

namespace Repro.Harness.Execution;

/// <summary>
/// Counts and costs behind every progress display, over the whole run: the total grows as rounds
/// are planned, done counts reused and computed units, and the ETA comes from measured throughput
/// (<see cref="ThroughputEta"/>). Reused units cost no time, so they never enter the rate.
/// </summary>
internal sealed class ProgressTally
{
    private readonly TimeProvider clock;
    private readonly Func<TimeSpan> processCpu;
    private readonly ThroughputEta eta = new();
    private long startTimestamp;
    private double totalCost;
    private double doneCost;
    private TimeSpan unitCpu;
    private bool unitCpuKnown = true;

    /// <param name="processCpu">The process's CPU time since it started (default: the real one); with the units' own CPU it
    /// gives the share of the run spent in the units, the rest being the harness (start-up, planning, JSON, hashing, the store).</param>
    public ProgressTally(TimeProvider clock, Func<TimeSpan>? processCpu = null)
    {
        this.clock = clock;
        this.processCpu = processCpu ?? (() => Environment.CpuUsage.TotalTime);
    }

    public int Total { get; private set; }

    public int Done { get; private set; }

    public int Reused { get; private set; }

    /// <summary>Batches planned so far (bisection searches plan one round after another).</summary>
    public int Rounds { get; private set; }

    public TimeSpan Elapsed => Rounds == 0 ? TimeSpan.Zero : clock.GetElapsedTime(startTimestamp);

    /// <summary>Share of the estimated cost planned so far that is done (of the count when costs are all zero), in [0, 1].</summary>
    public double Fraction => totalCost > 0
        ? Math.Clamp(doneCost / totalCost, 0, 1)
        : Total == 0 ? 1 : (double)Done / Total;

    /// <summary>Estimated time to finish the units planned so far; null until one has been computed.</summary>
    public TimeSpan? Eta
    {
        get
        {
            if (Done >= Total) return TimeSpan.Zero;
            return eta.SecondsLeft(Now) is double seconds ? TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)) : null;
        }
    }

    private double Now => Elapsed.TotalSeconds;

    private double RemainingCost => Math.Max(0, totalCost - doneCost);

    /// <summary>A round joins the run; the first one starts the clock.</summary>
    public void Plan(int units, double cost)
    {
        if (Rounds == 0)
        {
            startTimestamp = clock.GetTimestamp();
            eta.Start(0);
        }
        Rounds++;
        Total += units;
        totalCost += cost;
        eta.Replan(RemainingCost, Now);
    }

    public void AddReused(WorkItem item)
    {
        Done++;
        Reused++;
        doneCost += item.EstimatedCost;
        eta.Replan(RemainingCost, Now);
    }

    public void AddComputed(WorkItem item, TimeSpan computeTime, TimeSpan? cpu = null)
    {
        if (cpu is { } c) unitCpu += c;
        else unitCpuKnown = false;
        Done++;
        doneCost += item.EstimatedCost;
        eta.Computed(item.EstimatedCost, Math.Max(0, computeTime.TotalSeconds), RemainingCost, Now);
    }

    /// <summary>"12/40 units, 5 reused, elapsed 3m12s, ETA 7m45s" (with "(round 2)" once a search plans more).</summary>
    public string Summary()
    {
        TimeSpan? eta = Eta;
        string round = Rounds > 1 ? string.Create(CultureInfo.InvariantCulture, $" (round {Rounds})") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Done}/{Total} units{round}, {Reused} reused, elapsed {FormatDuration(Elapsed)}, ETA {(eta is { } t ? FormatDuration(t) : "?")}");
    }

    /// <summary>"finished 40/40 units (5 reused) in 3 rounds, 3m12s" or "stopped at …" when some were left.</summary>
    public string Final()
    {
        string verb = Done >= Total ? "finished" : "stopped at";
        string rounds = Rounds == 1 ? "1 round" : string.Create(CultureInfo.InvariantCulture, $"{Rounds} rounds");
        return string.Create(CultureInfo.InvariantCulture, $"{verb} {Done}/{Total} units ({Reused} reused) in {rounds}, {FormatDuration(Elapsed)}{CpuShare()}");
    }

    /// <summary>"; CPU 899 s, 94.6% inside the units" when every computed unit's CPU was measured, else "".</summary>
    private string CpuShare()
    {
        double process = processCpu().TotalSeconds; // since the process started: start-up, planning and hashing count as harness
        if (!unitCpuKnown || Done == Reused || process <= 0) return "";
        return string.Create(CultureInfo.InvariantCulture, $"; CPU {process:F0} s, {100 * unitCpu.TotalSeconds / process:F1}% inside the units");
    }

    /// <summary>"45s", "3m07s", "2h03m07s": compact and unambiguous in logs.</summary>
    public static string FormatDuration(TimeSpan span)
    {
        long seconds = (long)Math.Round(Math.Max(0, span.TotalSeconds));
        long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
        return h > 0 ? string.Create(CultureInfo.InvariantCulture, $"{h}h{m:00}m{s:00}s")
             : m > 0 ? string.Create(CultureInfo.InvariantCulture, $"{m}m{s:00}s")
             : string.Create(CultureInfo.InvariantCulture, $"{s}s");
    }
}
