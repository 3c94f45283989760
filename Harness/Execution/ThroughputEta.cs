namespace Repro.Harness.Execution;

/// <summary>
/// The ETA from what the run has actually done, not from the plan's estimates alone. Two measured
/// quantities, both exponentially weighted so they follow the current mix of units:
/// <list type="bullet">
/// <item>the cost model: compute-seconds per unit of estimated cost, calibrated on finished units
/// (estimates are upper bounds — most runs stop at ε long before τ_max — so the raw estimate
/// would overstate, and a count of units would ignore that later units can be far dearer);</item>
/// <item>the throughput: compute-seconds finished per wall-clock second (about the number of busy
/// workers), weighted over time with <see cref="TimeConstant"/>.</item>
/// </list>
/// ETA = remaining estimated cost × seconds per cost ÷ throughput, counted down between completions.
/// </summary>
internal sealed class ThroughputEta
{
    /// <summary>How far back the throughput looks: long enough to span a few units, short enough to follow a change of pace.</summary>
    public static readonly TimeSpan TimeConstant = TimeSpan.FromSeconds(30);

    /// <summary>Weight each finished unit keeps per later one in the cost model (~50 recent units dominate).</summary>
    private const double UnitDecay = 0.98;

    private double weightedSeconds, weightedCost;
    private double weightedComputed, weightedWall;
    private double lastSample;
    private double? secondsAtLastSample;

    /// <summary>Starts measuring at <paramref name="now"/> (seconds on the run's clock).</summary>
    public void Start(double now)
    {
        weightedSeconds = weightedCost = weightedComputed = weightedWall = 0;
        lastSample = now;
        secondsAtLastSample = null;
    }

    /// <summary>A unit of <paramref name="estimatedCost"/> took <paramref name="computeSeconds"/>; <paramref name="remainingCost"/> is the estimate of what is still to do.</summary>
    public void Computed(double estimatedCost, double computeSeconds, double remainingCost, double now)
    {
        weightedSeconds = weightedSeconds * UnitDecay + computeSeconds;
        weightedCost = weightedCost * UnitDecay + estimatedCost;

        // The unit computed steadily over its last computeSeconds, and wall time passed steadily since the
        // start: both are integrated with the same exponential kernel, so their ratio is the weighted number of
        // busy workers — exact (1 per always-busy worker) from the first unit on, with no start-up bias.
        double tau = TimeConstant.TotalSeconds;
        double decay = Math.Exp(-Math.Max(0, now - lastSample) / tau);
        weightedComputed = weightedComputed * decay + tau * (1 - Math.Exp(-computeSeconds / tau));
        weightedWall = weightedWall * decay + tau * (1 - decay);
        lastSample = now;
        secondsAtLastSample = Remaining(remainingCost);
    }

    /// <summary>The remaining estimated cost changed without computing (units planned or reused).</summary>
    public void Replan(double remainingCost, double now)
    {
        if (secondsAtLastSample is null) return;
        secondsAtLastSample = Remaining(remainingCost) + (now - lastSample); // keep the countdown where it was
    }

    /// <summary>Seconds still to go at <paramref name="now"/>; null until a unit has been computed in measurable time.</summary>
    public double? SecondsLeft(double now)
        => secondsAtLastSample is double at && double.IsFinite(at) ? Math.Max(0, at - (now - lastSample)) : null;

    private double Remaining(double remainingCost)
    {
        double secondsPerCost = weightedCost > 0 ? weightedSeconds / weightedCost : 0;
        double throughput = weightedWall > 0 ? weightedComputed / weightedWall : 0;
        if (throughput <= 0) return remainingCost > 0 ? double.PositiveInfinity : 0;
        return remainingCost * secondsPerCost / throughput;
    }
}
