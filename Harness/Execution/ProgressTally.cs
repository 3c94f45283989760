using System.Globalization;

namespace Repro.Harness.Execution;

/// <summary>
/// Counts and costs behind every progress display, and the ETA: remaining estimated cost at
/// the rate (computed cost per wall-clock second) seen so far. Reused units cost no time, so
/// they are excluded from the rate but count as done.
/// </summary>
internal sealed class ProgressTally
{
    private readonly TimeProvider clock;
    private long startTimestamp;
    private double totalCost;
    private double executedCost;
    private double reusedCost;

    public ProgressTally(TimeProvider clock) => this.clock = clock;

    public int Total { get; private set; }

    public int Done { get; private set; }

    public int Reused { get; private set; }

    public TimeSpan Elapsed => clock.GetElapsedTime(startTimestamp);

    /// <summary>Share of the estimated cost that is done (of the count when costs are all zero), in [0, 1].</summary>
    public double Fraction => totalCost > 0
        ? Math.Clamp((executedCost + reusedCost) / totalCost, 0, 1)
        : Total == 0 ? 1 : (double)Done / Total;

    /// <summary>Estimated remaining time; null until something has been computed.</summary>
    public TimeSpan? Eta
    {
        get
        {
            if (Done >= Total) return TimeSpan.Zero;
            double seconds = Elapsed.TotalSeconds;
            if (executedCost <= 0 || seconds <= 0) return null;
            double remaining = Math.Max(0, totalCost - executedCost - reusedCost);
            return TimeSpan.FromSeconds(Math.Min(remaining * seconds / executedCost, TimeSpan.MaxValue.TotalSeconds / 2));
        }
    }

    public void Start(int total, double cost)
    {
        Total = total;
        totalCost = cost;
        Done = Reused = 0;
        executedCost = reusedCost = 0;
        startTimestamp = clock.GetTimestamp();
    }

    public void Advance(WorkItem item, bool reused)
    {
        Done++;
        if (reused)
        {
            Reused++;
            reusedCost += item.EstimatedCost;
        }
        else
        {
            executedCost += item.EstimatedCost;
        }
    }

    /// <summary>"12/40 units, 5 reused, elapsed 3m12s, ETA 7m45s".</summary>
    public string Summary()
    {
        TimeSpan? eta = Eta;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Done}/{Total} units, {Reused} reused, elapsed {FormatDuration(Elapsed)}, ETA {(eta is { } t ? FormatDuration(t) : "?")}");
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
