using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Repro.Harness.Bench;

/// <summary>
/// This CPU's FP64 peak per core = frequency × FMA lanes per cycle × 2, both measured here:
/// the frequency from a dependent scalar FMA chain (4-cycle FMA latency, as on Zen 4/5 and Intel
/// since Skylake), the FMA lanes from a throughput loop of independent vector FMAs, rounded to a
/// power of two. /proc/cpuinfo's "cpu MHz" is shown too: in a VM it is the nominal TSC rate, not
/// the boost clock the cores run at.
/// </summary>
internal sealed record CpuPeak(int Cores, double Hertz, double? CpuInfoMegahertz, double MeasuredFlopsPerCycle, int FlopsPerCycle)
{
    private const int FmaLatencyCycles = 4;

    /// <summary>Sink for benchmark results, so the JIT cannot drop the timed loops as dead code.</summary>
    private static double sink;

    public double PeakPerCore => Hertz * FlopsPerCycle;

    public string Describe() => string.Format(CultureInfo.InvariantCulture,
        "CPU: {0} cores; {1:F2} GHz measured (dependent-FMA chain, {2}-cycle latency){3}; FP64 FMA throughput measured " +
        "{4:F1} flops/cycle/core → peak taken as {5} flops/cycle (nearest power of two = FMA lanes per cycle × 2) → {6:F1} GFLOP/s per core, {7:F1} for all cores",
        Cores, Hertz / 1e9, FmaLatencyCycles,
        CpuInfoMegahertz is double mhz ? $"; /proc/cpuinfo \"cpu MHz\" {mhz:F0}" : "",
        MeasuredFlopsPerCycle, FlopsPerCycle, PeakPerCore / 1e9, Cores * PeakPerCore / 1e9);

    /// <summary>Best of many short bursts, so time slices lost to other processes do not count.</summary>
    public static CpuPeak Measure()
    {
        const int chainIterations = 50_000, throughputIterations = 20_000;
        double chain = Best(() => sink += DependentChain(chainIterations));
        double hertz = 4.0 * chainIterations * FmaLatencyCycles / chain;
        double throughput = Best(() => sink += IndependentFmas(throughputIterations));
        int lanes = Vector512.IsHardwareAccelerated ? Vector512<double>.Count : Vector256<double>.Count;
        double flopsPerSecond = 2.0 * 16 * lanes * throughputIterations / throughput;
        double perCycle = flopsPerSecond / hertz;
        int rounded = (int)Math.Pow(2, Math.Round(Math.Log2(perCycle)));
        return new CpuPeak(Environment.ProcessorCount, hertz, ReadCpuInfoMegahertz(), perCycle, rounded);
    }

    private static double Best(Action action)
    {
        for (int i = 0; i < 20; i++) action();
        double best = double.MaxValue;
        for (int i = 0; i < 300; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double DependentChain(int iterations)
    {
        double x = 1.0, a = 0.9999999, b = 1e-9;
        for (int i = 0; i < iterations; i++)
        {
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
            x = Math.FusedMultiplyAdd(x, a, b);
        }
        return x;
    }

    /// <summary>16 independent accumulators: enough to cover 2 pipes × 4 cycles of latency.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double IndependentFmas(int iterations)
        => Vector512.IsHardwareAccelerated ? Throughput512(iterations) : Throughput256(iterations);

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double Throughput512(int iterations)
    {
        Vector512<double> a = Vector512.Create(0.9999999), b = Vector512.Create(1e-9);
        Vector512<double> x0 = Vector512.Create(1.0), x1 = x0, x2 = x0, x3 = x0, x4 = x0, x5 = x0, x6 = x0, x7 = x0;
        Vector512<double> x8 = x0, x9 = x0, x10 = x0, x11 = x0, x12 = x0, x13 = x0, x14 = x0, x15 = x0;
        for (int i = 0; i < iterations; i++)
        {
            x0 = Vector512.FusedMultiplyAdd(x0, a, b); x1 = Vector512.FusedMultiplyAdd(x1, a, b);
            x2 = Vector512.FusedMultiplyAdd(x2, a, b); x3 = Vector512.FusedMultiplyAdd(x3, a, b);
            x4 = Vector512.FusedMultiplyAdd(x4, a, b); x5 = Vector512.FusedMultiplyAdd(x5, a, b);
            x6 = Vector512.FusedMultiplyAdd(x6, a, b); x7 = Vector512.FusedMultiplyAdd(x7, a, b);
            x8 = Vector512.FusedMultiplyAdd(x8, a, b); x9 = Vector512.FusedMultiplyAdd(x9, a, b);
            x10 = Vector512.FusedMultiplyAdd(x10, a, b); x11 = Vector512.FusedMultiplyAdd(x11, a, b);
            x12 = Vector512.FusedMultiplyAdd(x12, a, b); x13 = Vector512.FusedMultiplyAdd(x13, a, b);
            x14 = Vector512.FusedMultiplyAdd(x14, a, b); x15 = Vector512.FusedMultiplyAdd(x15, a, b);
        }
        Vector512<double> sum = ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7)) + ((x8 + x9) + (x10 + x11)) + ((x12 + x13) + (x14 + x15));
        return Vector512.Sum(sum);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double Throughput256(int iterations)
    {
        Vector256<double> a = Vector256.Create(0.9999999), b = Vector256.Create(1e-9);
        Vector256<double> x0 = Vector256.Create(1.0), x1 = x0, x2 = x0, x3 = x0, x4 = x0, x5 = x0, x6 = x0, x7 = x0;
        Vector256<double> x8 = x0, x9 = x0, x10 = x0, x11 = x0, x12 = x0, x13 = x0, x14 = x0, x15 = x0;
        for (int i = 0; i < iterations; i++)
        {
            x0 = Vector256.FusedMultiplyAdd(x0, a, b); x1 = Vector256.FusedMultiplyAdd(x1, a, b);
            x2 = Vector256.FusedMultiplyAdd(x2, a, b); x3 = Vector256.FusedMultiplyAdd(x3, a, b);
            x4 = Vector256.FusedMultiplyAdd(x4, a, b); x5 = Vector256.FusedMultiplyAdd(x5, a, b);
            x6 = Vector256.FusedMultiplyAdd(x6, a, b); x7 = Vector256.FusedMultiplyAdd(x7, a, b);
            x8 = Vector256.FusedMultiplyAdd(x8, a, b); x9 = Vector256.FusedMultiplyAdd(x9, a, b);
            x10 = Vector256.FusedMultiplyAdd(x10, a, b); x11 = Vector256.FusedMultiplyAdd(x11, a, b);
            x12 = Vector256.FusedMultiplyAdd(x12, a, b); x13 = Vector256.FusedMultiplyAdd(x13, a, b);
            x14 = Vector256.FusedMultiplyAdd(x14, a, b); x15 = Vector256.FusedMultiplyAdd(x15, a, b);
        }
        Vector256<double> sum = ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7)) + ((x8 + x9) + (x10 + x11)) + ((x12 + x13) + (x14 + x15));
        return Vector256.Sum(sum);
    }

    private static double? ReadCpuInfoMegahertz()
    {
        const string path = "/proc/cpuinfo";
        if (!File.Exists(path)) return null;
        foreach (string line in File.ReadLines(path))
            if (line.StartsWith("cpu MHz", StringComparison.Ordinal)
                && double.TryParse(line[(line.IndexOf(':') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double mhz))
                return mhz;
        return null;
    }
}
