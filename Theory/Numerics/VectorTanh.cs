using System.Runtime.CompilerServices;

namespace Repro.Theory.Numerics;

/// <summary>
/// <see cref="DetMath.Tanh(double)"/> lane by lane: the same operations in the same order on every
/// lane, so each lane holds exactly the bits the scalar function returns (tests check this bitwise).
/// </summary>
/// <remarks>
/// Branches become selects: every lane runs DetMath's NegatedTanhCore and the special cases (|x| ≥ 19.1,
/// |x| &lt; 2^-27, NaN) are chosen afterwards, as the scalar code would have chosen them; the sign is set by
/// bit operations, which are exact. The scalar code uses Math.FusedMultiplyAdd exactly where this uses
/// <see cref="ILanes{TV}.FusedMultiplyAdd"/>; an fma is correctly rounded, so both give one result on every
/// machine. Kernels call it through <see cref="PairedLanes{TL, TV}"/>, two vectors at a time.
/// </remarks>
internal static class VectorTanh
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Evaluate<TL, TV>(TV x) where TL : ILanes<TV> where TV : struct
    {
        TV a = TL.Abs(x);
        TV flippedSign = TL.AndNot(TL.Splat(-0.0), x); // the sign bit set where x ≥ +0
        // |x| ≥ 19.1 (and ∞) clamped to 19.1, where the core gives −1 exactly: the scalar's ±1 before its sign is set.
        TV minusQ = NegatedCore<TL, TV>(TL.Min(a, TL.Splat(DetMath.TanhSaturation)));
        TV result = TL.Xor(minusQ, flippedSign); // −q's sign bit flipped unless x < 0
        // Not (a ≥ 2^-27) is the tiny lanes, ±0 and NaN: x itself, as in the scalar code.
        return TL.Select(TL.GreaterThanOrEqual(a, TL.Splat(DetMath.TanhTiny)), result, x);
    }

    /// <summary>DetMath.NegatedTanhCore, operation for operation (see its remarks for the error analysis).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV NegatedCore<TL, TV>(TV a) where TL : ILanes<TV> where TV : struct
    {
        TV shifted = TL.FusedMultiplyAdd(TL.Subtract(a, TL.Splat(DetMath.TanhReductionOffset)), TL.Splat(DetMath.TwiceInvLn2), TL.Splat(DetMath.RoundShift));
        TV minusK = TL.Subtract(TL.Splat(DetMath.RoundShift), shifted);
        TV h = TL.FusedMultiplyAdd(minusK, TL.Splat(DetMath.HalfLn2Lo), TL.FusedMultiplyAdd(minusK, TL.Splat(DetMath.HalfLn2Hi), a));
        TV h2 = TL.Multiply(h, h);
        TV pHalf = TL.FusedMultiplyAdd(h2, ExpTail<TL, TV>(h, h2), h);

        // shifted = (k + 1) + (RoundShift − 1): read against a shift one below, its bits give 2^(k+1).
        TV u2 = TL.PowerOfTwoFromShifted(shifted, DetMath.RoundShift - 1);
        TV t = TL.FusedMultiplyAdd(u2, pHalf, TL.FusedMultiplyAdd(u2, TL.Splat(0.5), TL.Splat(-1.0)));

        TV two = TL.Splat(2.0);
        TV dh = TL.Add(t, two);
        TV dl = TL.Subtract(t, TL.Subtract(dh, two));

        TV minusReciprocal = TL.Divide(TL.Splat(-1.0), dh);
        TV minusQ0 = TL.Multiply(t, minusReciprocal);
        TV residual = TL.FusedMultiplyAdd(minusQ0, dl, TL.FusedMultiplyAdd(minusQ0, dh, t));
        return TL.FusedMultiplyAdd(residual, minusReciprocal, minusQ0);
    }

    /// <summary>DetMath.TanhExpTail (Estrin, same grouping and constants).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpTail<TL, TV>(TV h, TV h2) where TL : ILanes<TV> where TV : struct
    {
        TV h4 = TL.Multiply(h2, h2);
        TV p0 = Pair<TL, TV>(h, 8 * (1.0 / 24), 4 * (1.0 / 6));
        TV p1 = Pair<TL, TV>(h, 32 * (1.0 / 720), 16 * (1.0 / 120));
        TV p2 = Pair<TL, TV>(h, 128 * (1.0 / 40320), 64 * (1.0 / 5040));
        TV p3 = Pair<TL, TV>(h, 512 * (1.0 / 3628800), 256 * (1.0 / 362880));
        TV p4 = Pair<TL, TV>(h, 2048 * (1.0 / 479001600), 1024 * (1.0 / 39916800));
        TV p5 = Pair<TL, TV>(h, 8192 * (1.0 / 87178291200), 4096 * (1.0 / 6227020800));
        TV q0 = TL.FusedMultiplyAdd(h2, p1, p0);
        TV q1 = TL.FusedMultiplyAdd(h2, p3, p2);
        TV q2 = TL.FusedMultiplyAdd(h2, p5, p4);
        TV s0 = TL.FusedMultiplyAdd(h4, q1, q0);
        TV s1 = TL.FusedMultiplyAdd(h4, TL.Splat(16384 * (1.0 / 1307674368000)), q2);
        return TL.FusedMultiplyAdd(h, TL.FusedMultiplyAdd(TL.Multiply(h4, h4), s1, s0), TL.Splat(1.0));
    }

    /// <summary>fma(h, c1, c0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Pair<TL, TV>(TV h, double c1, double c0) where TL : ILanes<TV> where TV : struct
        => TL.FusedMultiplyAdd(h, TL.Splat(c1), TL.Splat(c0));
}
