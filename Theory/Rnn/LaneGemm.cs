using System.Runtime.CompilerServices;
using Repro.Theory.Numerics;

namespace Repro.Theory.Rnn;

/// <summary>
/// The register-tiled product behind every kernel step: C[j][l] (+)= Σ_r B[r][j]·A[r][l], where the
/// lanes l are contiguous and the reduction index r runs over outer × inner rows in exactly the given
/// order. Each C element is one FMA chain c = fma(B[r][j], A[r][l], c) in that order, so the result is
/// the same bits as the scalar loop over r (the lane and column blocking only changes which chains
/// run side by side, never the order within a chain).
/// </summary>
/// <remarks>
/// The tile is 8 columns × 2 vectors (16 accumulators): per row r it loads 2 vectors of A and
/// broadcasts 8 values of B for 16 FMAs, all operands from L1/L2. Lane counts must be multiples of
/// 2 vectors (buffers are padded to <see cref="ChunkBuffers.LaneMultiple"/>); leftover columns run
/// one at a time. Strides may be negative (the backward pass walks time in reverse).
/// </remarks>
internal static class LaneGemm<TL, TV> where TL : ILanes<TV> where TV : struct
{
    /// <param name="columns">J, the number of C rows (the broadcast dimension).</param>
    /// <param name="lanes">Lanes per C row; a multiple of 2·TL.Count.</param>
    /// <param name="outerCount">Outer reduction count (e.g. samples).</param>
    /// <param name="innerCount">Inner reduction count (e.g. time steps or neurons).</param>
    /// <param name="a">A[r][0]: row r at a + o·aOuter + n·aInner.</param>
    /// <param name="b">B[r][0]: B[r][j] at b + o·bOuter + n·bInner + j·bColumn.</param>
    /// <param name="c">C[0][0]: C[j][l] at c + j·cColumn + l.</param>
    /// <param name="accumulate">Start each chain from C (true) or from +0 (false).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int columns, int lanes, int outerCount, int innerCount,
        ref double a, nint aOuter, nint aInner, ref double b, nint bOuter, nint bInner, nint bColumn,
        ref double c, nint cColumn, bool accumulate)
    {
        int step = 2 * TL.Count;
        for (int l = 0; l < lanes; l += step)
        {
            int j = 0;
            for (; j + 8 <= columns; j += 8)
                Tile8(outerCount, innerCount, ref Unsafe.Add(ref a, l), aOuter, aInner,
                    ref Unsafe.Add(ref b, j * bColumn), bOuter, bInner, bColumn, ref Unsafe.Add(ref c, j * cColumn + l), cColumn, accumulate);
            for (; j < columns; j++)
                Tile1(outerCount, innerCount, ref Unsafe.Add(ref a, l), aOuter, aInner,
                    ref Unsafe.Add(ref b, j * bColumn), bOuter, bInner, ref Unsafe.Add(ref c, j * cColumn + l), accumulate);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Init(ref double c, nint offset, bool accumulate)
        => accumulate ? TL.Load(ref Unsafe.Add(ref c, offset)) : TL.Splat(0.0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile8(int outerCount, int innerCount, ref double a, nint aOuter, nint aInner,
        ref double b, nint bOuter, nint bInner, nint bColumn, ref double c, nint cColumn, bool accumulate)
    {
        TV c00 = Init(ref c, 0 * cColumn, accumulate), c01 = Init(ref c, 0 * cColumn + TL.Count, accumulate);
        TV c10 = Init(ref c, 1 * cColumn, accumulate), c11 = Init(ref c, 1 * cColumn + TL.Count, accumulate);
        TV c20 = Init(ref c, 2 * cColumn, accumulate), c21 = Init(ref c, 2 * cColumn + TL.Count, accumulate);
        TV c30 = Init(ref c, 3 * cColumn, accumulate), c31 = Init(ref c, 3 * cColumn + TL.Count, accumulate);
        TV c40 = Init(ref c, 4 * cColumn, accumulate), c41 = Init(ref c, 4 * cColumn + TL.Count, accumulate);
        TV c50 = Init(ref c, 5 * cColumn, accumulate), c51 = Init(ref c, 5 * cColumn + TL.Count, accumulate);
        TV c60 = Init(ref c, 6 * cColumn, accumulate), c61 = Init(ref c, 6 * cColumn + TL.Count, accumulate);
        TV c70 = Init(ref c, 7 * cColumn, accumulate), c71 = Init(ref c, 7 * cColumn + TL.Count, accumulate);
        for (int o = 0; o < outerCount; o++)
        {
            nint ai = o * aOuter, bi = o * bOuter;
            for (int n = 0; n < innerCount; n++, ai += aInner, bi += bInner)
            {
                TV a0 = TL.Load(ref Unsafe.Add(ref a, ai)), a1 = TL.Load(ref Unsafe.Add(ref a, ai + TL.Count));
                TV b0 = TL.Splat(Unsafe.Add(ref b, bi + 0 * bColumn));
                c00 = TL.FusedMultiplyAdd(b0, a0, c00);
                c01 = TL.FusedMultiplyAdd(b0, a1, c01);
                TV b1 = TL.Splat(Unsafe.Add(ref b, bi + 1 * bColumn));
                c10 = TL.FusedMultiplyAdd(b1, a0, c10);
                c11 = TL.FusedMultiplyAdd(b1, a1, c11);
                TV b2 = TL.Splat(Unsafe.Add(ref b, bi + 2 * bColumn));
                c20 = TL.FusedMultiplyAdd(b2, a0, c20);
                c21 = TL.FusedMultiplyAdd(b2, a1, c21);
                TV b3 = TL.Splat(Unsafe.Add(ref b, bi + 3 * bColumn));
                c30 = TL.FusedMultiplyAdd(b3, a0, c30);
                c31 = TL.FusedMultiplyAdd(b3, a1, c31);
                TV b4 = TL.Splat(Unsafe.Add(ref b, bi + 4 * bColumn));
                c40 = TL.FusedMultiplyAdd(b4, a0, c40);
                c41 = TL.FusedMultiplyAdd(b4, a1, c41);
                TV b5 = TL.Splat(Unsafe.Add(ref b, bi + 5 * bColumn));
                c50 = TL.FusedMultiplyAdd(b5, a0, c50);
                c51 = TL.FusedMultiplyAdd(b5, a1, c51);
                TV b6 = TL.Splat(Unsafe.Add(ref b, bi + 6 * bColumn));
                c60 = TL.FusedMultiplyAdd(b6, a0, c60);
                c61 = TL.FusedMultiplyAdd(b6, a1, c61);
                TV b7 = TL.Splat(Unsafe.Add(ref b, bi + 7 * bColumn));
                c70 = TL.FusedMultiplyAdd(b7, a0, c70);
                c71 = TL.FusedMultiplyAdd(b7, a1, c71);
            }
        }
        TL.Store(c00, ref Unsafe.Add(ref c, 0 * cColumn));
        TL.Store(c01, ref Unsafe.Add(ref c, 0 * cColumn + TL.Count));
        TL.Store(c10, ref Unsafe.Add(ref c, 1 * cColumn));
        TL.Store(c11, ref Unsafe.Add(ref c, 1 * cColumn + TL.Count));
        TL.Store(c20, ref Unsafe.Add(ref c, 2 * cColumn));
        TL.Store(c21, ref Unsafe.Add(ref c, 2 * cColumn + TL.Count));
        TL.Store(c30, ref Unsafe.Add(ref c, 3 * cColumn));
        TL.Store(c31, ref Unsafe.Add(ref c, 3 * cColumn + TL.Count));
        TL.Store(c40, ref Unsafe.Add(ref c, 4 * cColumn));
        TL.Store(c41, ref Unsafe.Add(ref c, 4 * cColumn + TL.Count));
        TL.Store(c50, ref Unsafe.Add(ref c, 5 * cColumn));
        TL.Store(c51, ref Unsafe.Add(ref c, 5 * cColumn + TL.Count));
        TL.Store(c60, ref Unsafe.Add(ref c, 6 * cColumn));
        TL.Store(c61, ref Unsafe.Add(ref c, 6 * cColumn + TL.Count));
        TL.Store(c70, ref Unsafe.Add(ref c, 7 * cColumn));
        TL.Store(c71, ref Unsafe.Add(ref c, 7 * cColumn + TL.Count));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile1(int outerCount, int innerCount, ref double a, nint aOuter, nint aInner,
        ref double b, nint bOuter, nint bInner, ref double c, bool accumulate)
    {
        TV c0 = Init(ref c, 0, accumulate), c1 = Init(ref c, TL.Count, accumulate);
        for (int o = 0; o < outerCount; o++)
        {
            nint ai = o * aOuter, bi = o * bOuter;
            for (int n = 0; n < innerCount; n++, ai += aInner, bi += bInner)
            {
                TV b0 = TL.Splat(Unsafe.Add(ref b, bi));
                c0 = TL.FusedMultiplyAdd(b0, TL.Load(ref Unsafe.Add(ref a, ai)), c0);
                c1 = TL.FusedMultiplyAdd(b0, TL.Load(ref Unsafe.Add(ref a, ai + TL.Count)), c1);
            }
        }
        TL.Store(c0, ref c);
        TL.Store(c1, ref Unsafe.Add(ref c, TL.Count));
    }
}
