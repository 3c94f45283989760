namespace Repro.Theory.Numerics.Statistics;

/// <summary>Mean, sample standard deviation and count of seed-level values — the first line of every per-setting table.</summary>
/// <param name="Mean">Arithmetic mean (NaN when empty).</param>
/// <param name="StandardDeviation">Sample standard deviation with n − 1 (NaN for fewer than 2 values).</param>
/// <param name="Count">Number of values.</param>
/// <param name="Minimum">Smallest value (NaN when empty).</param>
/// <param name="Maximum">Largest value (NaN when empty).</param>
public sealed record Summary(double Mean, double StandardDeviation, int Count, double Minimum, double Maximum)
{
    /// <summary>Standard error of the mean, sd/√n.</summary>
    public double StandardError => Count >= 2 ? StandardDeviation / Math.Sqrt(Count) : double.NaN;

    /// <summary>Two-pass (mean, then centred squares), fixed order: deterministic and accurate.</summary>
    public static Summary Of(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        if (n == 0) return new Summary(double.NaN, double.NaN, 0, double.NaN, double.NaN);
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        double mean = sum / n;
        double sd = double.NaN;
        if (n >= 2)
        {
            double ss = 0;
            foreach (double v in values) { double d = v - mean; ss += d * d; }
            sd = Math.Sqrt(ss / (n - 1));
        }
        return new Summary(mean, sd, n, min, max);
    }
}
