namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// A point estimate with its two-sided confidence interval, the method that produced it and the
/// number of resampling units (seeds, or points for a regression): everything a verdict needs to
/// say how sure it is.
/// </summary>
/// <param name="Estimate">The statistic on the full sample.</param>
/// <param name="Low">Lower end (NaN when it could not be computed).</param>
/// <param name="High">Upper end (NaN when it could not be computed).</param>
/// <param name="ConfidenceLevel">Nominal coverage, e.g. 0.95.</param>
/// <param name="SampleCount">Number of independent units behind the interval.</param>
/// <param name="Method">"bootstrap" (percentile) or "t" (Student-t regression interval).</param>
public sealed record ConfidenceInterval(double Estimate, double Low, double High, double ConfidenceLevel, int SampleCount, string Method)
{
    /// <summary>High − Low.</summary>
    public double Width => High - Low;

    /// <summary>True when both ends are finite numbers.</summary>
    public bool IsFinite => double.IsFinite(Low) && double.IsFinite(High);

    /// <summary>Low ≤ value ≤ High.</summary>
    public bool Contains(double value) => Low <= value && value <= High;
}
