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

    /// <summary>Tanh of <paramref name="count"/> values: the vectorized lanes or the scalar DetMath.</summary>
    public static KernelProbe Tanh(int count, bool simd)
    {
        double[] x = Random(count, 1), y = new double[count];
        for (int i = 0; i < count; i++) x[i] *= 3;
        Action run = !simd ? () => DetMath.Tanh(x, y)
            : Vector512.IsHardwareAccelerated ? () => TanhLanes<Lanes512, Vector512<double>>(x, y)
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

    private static void TanhLanes<TL, TV>(double[] x, double[] y) where TL : ILanes<TV> where TV : struct
    {
        int i = 0;
        for (; i + TL.Count <= x.Length; i += TL.Count) TL.Store(VectorTanh.Evaluate<TL, TV>(TL.Load(ref x[i])), ref y[i]);
        for (; i < x.Length; i++) y[i] = DetMath.Tanh(x[i]);
    }

    private static void LaneProduct<TL, TV>(int m, int stride, int samples, double[] wt, double[] h, double[] z)
        where TL : ILanes<TV> where TV : struct
        => LaneGemm<TL, TV>.Run(samples, stride, 1, m, ref wt[0], 0, stride, ref h[0], 0, 1, stride, ref z[0], stride, accumulate: true);

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
