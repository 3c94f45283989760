using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Repro.Theory.Rnn;

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
        const int chainIterations = 50_000;
        double chain = Best(() => sink += DependentChain(chainIterations));
        double hertz = 4.0 * chainIterations * FmaLatencyCycles / chain;
        KernelProbe fmas = KernelProbe.FmaThroughput(20_000);
        double perCycle = fmas.FlopsPerRun / Best(fmas.Run) / hertz;
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
