using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Repro.Theory.Numerics;

namespace Repro.Theory.Rnn;

/// <summary>
/// One part of the BPTT kernels on fixed random data, for benchmarks (public so Harness and
/// bench/ can time the parts without reaching into the kernels). <see cref="Run"/> does the work
/// once; <see cref="FlopsPerRun"/> counts it (tanh counted as zero, as in the step formulas).
/// </summary>
public sealed class KernelProbe
{
    private readonly Action run;

    private KernelProbe(string name, double flops, Action run)
    {
        Name = name;
        FlopsPerRun = flops;
        this.run = run;
    }

    public string Name { get; }

    public double FlopsPerRun { get; }

    /// <summary>Elements or multiply-adds per run, whichever the probe counts (tanh: elements).</summary>
    public void Run() => run();

    /// <summary>Tanh of <paramref name="count"/> values: the vectorized lanes (the widest accelerated width, or
    /// 256 bits when <paramref name="widest"/> is false) or the scalar DetMath.</summary>
    public static KernelProbe Tanh(int count, bool simd, bool widest = true)
    {
        double[] x = Random(count, 1), y = new double[count];
        for (int i = 0; i < count; i++) x[i] *= 60; // |x| ≤ 3: the pre-activations the kernels see
        Action run = !simd ? () => ScalarTanh(x, y)
            : widest && Vector512.IsHardwareAccelerated ? () => TanhLanes<Lanes512, Vector512<double>>(x, y)
            : () => TanhLanes<Lanes256, Vector256<double>>(x, y);
        return new KernelProbe($"tanh ×{count} ({(simd ? "SIMD" : "scalar")})", 0, run);
    }

    /// <summary>
    /// The full-matrix forward recurrent product of one step and one chunk, Z += W·H (m×m times
    /// m×16), through the SIMD lane GEMM or as the reference's scalar FMA loops.
    /// </summary>
    public static KernelProbe RecurrentProduct(int width, bool simd)
    {
        int samples = GradientEngine.ChunkSize, stride = (width + 15) / 16 * 16;
        double[] wt = Random(width * stride, 2), h = Random(samples * stride, 3), z = new double[samples * stride];
        Action run = !simd ? () => ScalarProduct(width, stride, samples, wt, h, z)
            : Vector512.IsHardwareAccelerated ? () => LaneProduct<Lanes512, Vector512<double>>(width, stride, samples, wt, h, z)
            : () => LaneProduct<Lanes256, Vector256<double>>(width, stride, samples, wt, h, z);
        return new KernelProbe($"W·H m={width}, {samples} samples ({(simd ? "SIMD" : "scalar")})", 2.0 * width * width * samples, run);
    }

    /// <summary>
    /// <paramref name="iterations"/> rounds of 16 independent vector FMAs at the widest accelerated width (enough
    /// chains to cover 2 pipes × 4 cycles of latency): the CPU's FMA throughput. Flops count 2 per lane.
    /// </summary>
    public static KernelProbe FmaThroughput(int iterations)
    {
        double[] sink = new double[8];
        bool wide = Vector512.IsHardwareAccelerated;
        int lanes = wide ? Vector512<double>.Count : Vector256<double>.Count;
        Action run = wide ? () => IndependentFmas<Lanes512, Vector512<double>>(iterations, sink) : () => IndependentFmas<Lanes256, Vector256<double>>(iterations, sink);
        return new KernelProbe($"{iterations}×16 independent FMAs", 2.0 * 16 * lanes * iterations, run);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // fully optimized at once: tier-0/OSR code would spill the chains
    private static void IndependentFmas<TL, TV>(int iterations, double[] sink) where TL : ILanes<TV> where TV : struct
    {
        TV a = TL.Splat(0.9999999), b = TL.Splat(1e-9);
        TV x0 = TL.Splat(1.0), x1 = x0, x2 = x0, x3 = x0, x4 = x0, x5 = x0, x6 = x0, x7 = x0;
        TV x8 = x0, x9 = x0, x10 = x0, x11 = x0, x12 = x0, x13 = x0, x14 = x0, x15 = x0;
        for (int i = 0; i < iterations; i++)
        {
            x0 = TL.FusedMultiplyAdd(x0, a, b); x1 = TL.FusedMultiplyAdd(x1, a, b);
            x2 = TL.FusedMultiplyAdd(x2, a, b); x3 = TL.FusedMultiplyAdd(x3, a, b);
            x4 = TL.FusedMultiplyAdd(x4, a, b); x5 = TL.FusedMultiplyAdd(x5, a, b);
            x6 = TL.FusedMultiplyAdd(x6, a, b); x7 = TL.FusedMultiplyAdd(x7, a, b);
            x8 = TL.FusedMultiplyAdd(x8, a, b); x9 = TL.FusedMultiplyAdd(x9, a, b);
            x10 = TL.FusedMultiplyAdd(x10, a, b); x11 = TL.FusedMultiplyAdd(x11, a, b);
            x12 = TL.FusedMultiplyAdd(x12, a, b); x13 = TL.FusedMultiplyAdd(x13, a, b);
            x14 = TL.FusedMultiplyAdd(x14, a, b); x15 = TL.FusedMultiplyAdd(x15, a, b);
        }
        // One store of the sum keeps the loop alive (collecting the chains into an array made the JIT spill them every iteration).
        TV sum = TL.Add(TL.Add(TL.Add(TL.Add(x0, x1), TL.Add(x2, x3)), TL.Add(TL.Add(x4, x5), TL.Add(x6, x7))),
            TL.Add(TL.Add(TL.Add(x8, x9), TL.Add(x10, x11)), TL.Add(TL.Add(x12, x13), TL.Add(x14, x15))));
        TL.Store(sum, ref sink[0]);
    }

    // Fully optimized at once: a probe run lasts microseconds, so tiering would time tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TanhLanes<TL, TV>(double[] x, double[] y) where TL : ILanes<TV> where TV : struct
    {
        int i = 0;
        // Two vectors per call, as the kernels call it (PairedLanes).
        for (; i + 2 * TL.Count <= x.Length; i += 2 * TL.Count)
            PairedLanes<TL, TV>.Store(VectorTanh.Evaluate<PairedLanes<TL, TV>, VectorPair<TV>>(PairedLanes<TL, TV>.Load(ref x[i])), ref y[i]);
        for (; i < x.Length; i++) y[i] = DetMath.Tanh(x[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScalarTanh(double[] x, double[] y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = DetMath.Tanh(x[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LaneProduct<TL, TV>(int m, int stride, int samples, double[] wt, double[] h, double[] z)
        where TL : ILanes<TV> where TV : struct
        => LaneGemm<TL, TV>.Run(samples, stride, 1, m, ref wt[0], 0, stride, ref h[0], 0, 1, stride, ref z[0], stride, accumulate: true);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScalarProduct(int m, int stride, int samples, double[] wt, double[] h, double[] z)
    {
        for (int s = 0; s < samples; s++)
            for (int i = 0; i < m; i++)
            {
                double acc = z[s * stride + i];
                for (int k = 0; k < m; k++) acc = Math.FusedMultiplyAdd(wt[k * stride + i], h[s * stride + k], acc);
                z[s * stride + i] = acc;
            }
    }

    private static double[] Random(int count, ulong seed)
    {
        CounterRng rng = CounterRng.For(seed, "kernel-probe");
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = rng.NextUniform(-1, 1) * 0.05;
        return values;
    }
}
