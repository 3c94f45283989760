using System.Runtime.CompilerServices;
using Repro.Theory.Numerics;

namespace Repro.Theory.Rnn;

/// <summary>The pieces both SIMD kernels share, on the padded rows of <see cref="ChunkBuffers"/>.</summary>
internal static class SimdSteps<TL, TV> where TL : ILanes<TV> where TV : struct
{
    /// <summary>
    /// h_0 = 0 and rows 1…T of sample <paramref name="sample"/> ← p_t = U x_t for every t: one blocked
    /// product (T columns, K = d), each element an FMA chain from +0 over k ascending.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void InputProjection(ChunkBuffers buf, ReadOnlySpan<double> sequence, int sample)
    {
        int steps = buf.Steps, stride = buf.Stride, d = buf.Spec.InputDimension;
        int row0 = sample * (steps + 1) * stride;
        Array.Clear(buf.Hidden, row0, stride);
        LaneGemm<TL, TV>.Run(steps, stride, 1, d,
            ref buf.InputT[0], 0, stride,
            ref Unsafe.AsRef(in sequence[0]), 0, 1, d,
            ref buf.Hidden[row0 + stride], stride, accumulate: false);
    }

    /// <summary>th = tanh z (DetMath bits), h = a·th, σ' = a·(1 − th²), stored at <paramref name="hidden"/> and <paramref name="slope"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Activate(TV z, TV scale, ref double hidden, ref double slope)
    {
        TV th = VectorTanh.Evaluate<TL, TV>(z);
        TL.Store(TL.Multiply(scale, th), ref hidden);
        TL.Store(Slope(th, scale), ref slope);
    }

    /// <summary>σ' = a·(1 − th²) from th = tanh z, unfused as in the reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Slope(TV th, TV scale) => TL.Multiply(scale, TL.Subtract(TL.Splat(1.0), TL.Multiply(th, th)));

    /// <summary>δ = (e + injected·c)·σ', unfused as in the reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Delta(TV error, TV injected, ref double sign, ref double slope) => Delta(error, injected, ref sign, TL.Load(ref slope));

    /// <summary>δ = (e + injected·c)·σ' for a σ' already in a register.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Delta(TV error, TV injected, ref double sign, TV slope)
        => TL.Multiply(TL.Add(error, TL.Multiply(injected, TL.Load(ref sign))), slope);

    /// <summary>F_t of sample s from its padded row t+1.</summary>
    public static double Output(ChunkBuffers buf, int sample, int t, double inverseSqrtWidth)
        => OutputLayer.Evaluate<TL, TV>(buf.Hidden.AsSpan((sample * (buf.Steps + 1) + t + 1) * buf.Stride, buf.Spec.Width), buf.Signs, inverseSqrtWidth);

    /// <summary>Copies sample s's outputs, states and slopes into the unpadded per-sequence scratch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void CopyOut(ChunkBuffers buf, int sample, KernelScratch scratch)
    {
        int steps = buf.Steps, stride = buf.Stride, m = buf.Spec.Width;
        buf.Outputs.AsSpan(sample * steps, steps).CopyTo(scratch.Outputs);
        for (int t = 0; t <= steps; t++)
            buf.Hidden.AsSpan((sample * (steps + 1) + t) * stride, m).CopyTo(scratch.Hidden.AsSpan(t * m, m));
        for (int t = 0; t < steps; t++)
            buf.Slope.AsSpan((sample * steps + t) * stride, m).CopyTo(scratch.Slope.AsSpan(t * m, m));
    }
}
