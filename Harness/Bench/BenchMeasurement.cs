using Repro.Theory.Rnn;

namespace Repro.Harness.Bench;

/// <summary>Times of one loss-and-gradient step of <paramref name="Case"/> on one kernel path and thread count.</summary>
/// <param name="BestSeconds">The fastest timed step: the least disturbed by other processes on a shared machine.</param>
internal sealed record BenchMeasurement(BenchCase Case, KernelPath Path, int Threads, int Steps, double BestSeconds, double MedianSeconds)
{
    public double GigaflopsPerSecond => Case.FlopsPerStep / BestSeconds / 1e9;
}
