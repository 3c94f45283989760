using System.Globalization;
using System.Runtime.Intrinsics;
using Repro.Theory.Rnn;

namespace Repro.Harness.Bench;

/// <summary>
/// `repro bench`: the CPU's measured FP64 peak, then per model the SIMD kernel on each thread count and
/// the scalar reference on one thread, all in this run, reported as GFLOP/s, fraction of peak of the
/// cores used, speed-up over the reference and thread scaling; then the parts (W·H, tanh).
/// </summary>
internal static class BenchRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Run(TextWriter output, int[] threadCounts, int minSteps, TimeSpan minTime)
    {
        var oneThread = new Dictionary<BenchCase, BenchMeasurement>();
        CpuPeak cpu = CpuPeak.Measure();
        output.WriteLine(cpu.Describe());
        output.WriteLine($"{"model",-18} {"shape",-28} {"kernel",-9} {"threads",7} {"steps",5} {"best ms",9} {"median ms",9} {"GFLOP/s",8} {"% peak",7} {"× scalar",8}");
        foreach (BenchCase bench in BenchCase.Standard)
        {
            // The reference is slow (seconds per step): a few steps are enough for a ratio.
            BenchMeasurement reference = KernelBenchmark.Measure(bench, KernelPath.ScalarReference, 1, Math.Min(minSteps, 3), TimeSpan.Zero);
            var simd = threadCounts.Select(t => KernelBenchmark.Measure(bench, KernelPath.Simd, t, minSteps, minTime)).ToList();
            foreach (BenchMeasurement r in simd.Append(reference))
                output.WriteLine(string.Format(Inv, "{0,-18} {1,-28} {2,-9} {3,7} {4,5} {5,9:F2} {6,9:F2} {7,8:F2} {8,6:F1}% {9,8:F2}",
                    bench.Name, bench.Shape, r.Path == KernelPath.Simd ? "SIMD" : "scalar", r.Threads, r.Steps, r.BestSeconds * 1e3,
                    r.MedianSeconds * 1e3, r.GigaflopsPerSecond, 100 * r.GigaflopsPerSecond * 1e9 / (r.Threads * cpu.PeakPerCore),
                    reference.BestSeconds / r.BestSeconds));
            BenchMeasurement one = simd.FirstOrDefault(r => r.Threads == 1) ?? simd[0];
            oneThread[bench] = one;
            foreach (BenchMeasurement r in simd.Where(r => r.Threads > one.Threads))
                output.WriteLine(string.Format(Inv, "  {0}: {1} threads / {2} thread = {3:F2}× (best times; median {4:F2}×)",
                    bench.Name, r.Threads, one.Threads, one.BestSeconds / r.BestSeconds, one.MedianSeconds / r.MedianSeconds));
            output.WriteLine($"  flops per step: {bench.FlopFormula} = {bench.FlopsPerStep.ToString("0.000e0", Inv)}");
        }
        SmallUnit(output, oneThread[BenchCase.Standard[0]]);
        Parts(output, cpu);
        output.WriteLine("Step = full-batch loss + gradient (forward + BPTT), fp64; best = fastest timed step (least disturbed by other");
        output.WriteLine("processes), % peak = GFLOP/s ÷ (threads × per-core peak); ratios compare runs made in this same invocation.");
    }

    /// <summary>A typical small unit's step against the large diagonal shape's rate: the price of fixed per-step costs.</summary>
    private static void SmallUnit(TextWriter output, BenchMeasurement large)
    {
        const int steps = 1000;
        BenchCase small = BenchCase.SmallUnit;
        double seconds = KernelBenchmark.SecondsPerTrainingStep(small, steps);
        double gflops = small.FlopsPerStep / seconds / 1e9, largeGflops = large.GigaflopsPerSecond;
        output.WriteLine(string.Format(Inv,
            "{0}: {1}, {2} steps: {3:F2} µs per step (with update and projection), {4:F2} GFLOP/s = {5:F0}% of the large diagonal shape's {6:F2} GFLOP/s on {7} thread(s)",
            small.Name, small.Shape, steps, seconds * 1e6, gflops, 100 * gflops / largeGflops, largeGflops, large.Threads));
    }

    private static void Parts(TextWriter output, CpuPeak cpu)
    {
        foreach (int m in new[] { 256, 512 })
        {
            KernelProbe simd = KernelProbe.RecurrentProduct(m, simd: true), scalar = KernelProbe.RecurrentProduct(m, simd: false);
            double fast = KernelBenchmark.BestSeconds(simd, 200), slow = KernelBenchmark.BestSeconds(scalar, 5);
            output.WriteLine(string.Format(Inv, "part: {0}: {1:F2} GFLOP/s = {2:F1}% of 1-core peak; scalar FMA loops {3:F2} GFLOP/s ({4:F1}×)",
                simd.Name.Replace(" (SIMD)", "", StringComparison.Ordinal), simd.FlopsPerRun / fast / 1e9,
                100 * simd.FlopsPerRun / fast / cpu.PeakPerCore, scalar.FlopsPerRun / slow / 1e9, slow / fast));
        }
        const int count = 4096;
        double tanhFast = KernelBenchmark.BestSeconds(KernelProbe.Tanh(count, simd: true), 300) / count;
        double tanh256 = KernelBenchmark.BestSeconds(KernelProbe.Tanh(count, simd: true, widest: false), 300) / count;
        double tanhSlow = KernelBenchmark.BestSeconds(KernelProbe.Tanh(count, simd: false), 100) / count;
        output.WriteLine(string.Format(Inv, "part: tanh (DetMath bits, |x| ≤ 3, two vectors per call as in the kernels): SIMD {0:F2} ns/value = {1:F1} cycles ({2}-bit); 256-bit (AVX2) {3:F2} ns = {4:F1} cycles; scalar {5:F2} ns/value ({6:F1}×)",
            tanhFast * 1e9, tanhFast * cpu.Hertz, Vector512.IsHardwareAccelerated ? 512 : 256, tanh256 * 1e9, tanh256 * cpu.Hertz, tanhSlow * 1e9, tanhSlow / tanhFast));
    }
}
