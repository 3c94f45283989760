using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Repro.Theory.Numerics;

namespace Repro.Theory.Rnn;

/// <summary>F = (1/√m) Σ_i c_i h_i, evaluated pairwise in a fixed 8-lane grouping.</summary>
/// <remarks>
/// Sums c_i·(h_i − h_{i+m/2}) over the first half: with c_{i+m/2} = −c_i this is the same
/// function, but at symmetric initialization every difference is exactly 0.0, so F(X; Θ(0)) = 0
/// holds bit-exactly rather than up to the rounding of a long alternating sum. Index i goes to
/// partial sum i mod 8 (by FMA, in increasing i); the eight partials are then added as
/// ((p0+p1)+(p2+p3))+((p4+p5)+(p6+p7)). The grouping is fixed (never the machine's vector width),
/// so the scalar and the SIMD evaluation below give the same bits on every machine.
/// </remarks>
internal static class OutputLayer
{
    public const int Lanes = 8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Evaluate(ReadOnlySpan<double> hidden, ReadOnlySpan<double> signs, double inverseSqrtWidth)
    {
        int half = hidden.Length / 2;
        Span<double> partial = stackalloc double[Lanes];
        partial.Clear();
        for (int i = 0; i < half; i++)
            partial[i % Lanes] = Math.FusedMultiplyAdd(signs[i], hidden[i] - hidden[i + half], partial[i % Lanes]);
        return Combine(partial) * inverseSqrtWidth;
    }

    /// <summary>The same value as <see cref="Evaluate(ReadOnlySpan{double}, ReadOnlySpan{double}, double)"/>, 8 lanes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Evaluate<TL, TV>(ReadOnlySpan<double> hidden, ReadOnlySpan<double> signs, double inverseSqrtWidth)
        where TL : ILanes<TV> where TV : struct
    {
        int half = hidden.Length / 2, whole = half / Lanes * Lanes;
        ref double h = ref MemoryMarshal.GetReference(hidden);
        ref double c = ref MemoryMarshal.GetReference(signs);
        TV low = TL.Splat(0.0), high = TL.Splat(0.0);
        for (int i = 0; i < whole; i += Lanes)
        {
            low = Pair<TL, TV>(ref h, ref c, i, half, low);
            if (TL.Count < Lanes) high = Pair<TL, TV>(ref h, ref c, i + TL.Count, half, high);
        }
        Span<double> partial = stackalloc double[Lanes];
        TL.Store(low, ref partial[0]);
        if (TL.Count < Lanes) TL.Store(high, ref partial[TL.Count]);
        for (int i = whole; i < half; i++)
            partial[i - whole] = Math.FusedMultiplyAdd(signs[i], hidden[i] - hidden[i + half], partial[i - whole]);
        return Combine(partial) * inverseSqrtWidth;
    }

    /// <summary>The same value for h = a·th, from the row of th (each h_i = a·th_i formed as the kernels form it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EvaluateScaled<TL, TV>(ReadOnlySpan<double> th, ReadOnlySpan<double> signs, double scale, double inverseSqrtWidth)
        where TL : ILanes<TV> where TV : struct
    {
        int half = th.Length / 2, whole = half / Lanes * Lanes;
        ref double h = ref MemoryMarshal.GetReference(th);
        ref double c = ref MemoryMarshal.GetReference(signs);
        TV a = TL.Splat(scale), low = TL.Splat(0.0), high = TL.Splat(0.0);
        for (int i = 0; i < whole; i += Lanes)
        {
            low = ScaledPair<TL, TV>(ref h, ref c, a, i, half, low);
            if (TL.Count < Lanes) high = ScaledPair<TL, TV>(ref h, ref c, a, i + TL.Count, half, high);
        }
        Span<double> partial = stackalloc double[Lanes];
        TL.Store(low, ref partial[0]);
        if (TL.Count < Lanes) TL.Store(high, ref partial[TL.Count]);
        for (int i = whole; i < half; i++)
            partial[i - whole] = Math.FusedMultiplyAdd(signs[i], scale * th[i] - scale * th[i + half], partial[i - whole]);
        return Combine(partial) * inverseSqrtWidth;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ScaledPair<TL, TV>(ref double h, ref double c, TV a, int i, int half, TV partial) where TL : ILanes<TV> where TV : struct
        => TL.FusedMultiplyAdd(TL.Load(ref Unsafe.Add(ref c, i)),
            TL.Subtract(TL.Multiply(a, TL.Load(ref Unsafe.Add(ref h, i))), TL.Multiply(a, TL.Load(ref Unsafe.Add(ref h, i + half)))), partial);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Pair<TL, TV>(ref double h, ref double c, int i, int half, TV partial) where TL : ILanes<TV> where TV : struct
        => TL.FusedMultiplyAdd(TL.Load(ref Unsafe.Add(ref c, i)),
            TL.Subtract(TL.Load(ref Unsafe.Add(ref h, i)), TL.Load(ref Unsafe.Add(ref h, i + half))), partial);

    private static double Combine(ReadOnlySpan<double> p) => ((p[0] + p[1]) + (p[2] + p[3])) + ((p[4] + p[5]) + (p[6] + p[7]));
}
