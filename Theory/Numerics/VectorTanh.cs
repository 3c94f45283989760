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
        TV signBit = TL.Splat(-0.0);
        TV a = TL.Abs(x);
        TV flippedSign = TL.AndNot(signBit, x); // the sign bit set where x ≥ +0
        TV minusQ = NegatedCore<TL, TV>(a);
        // −1 for |x| ≥ 19.1 (the scalar's ±1 before its sign is set), then −q's sign bit flipped unless x < 0.
        minusQ = TL.Select(TL.LessThan(a, TL.Splat(DetMath.TanhSaturation)), minusQ, TL.Splat(-1.0));
        TV result = TL.Xor(minusQ, flippedSign);
        // Not (a ≥ 2^-27) is the tiny lanes, ±0 and NaN: x itself, as in the scalar code.
        return TL.Select(TL.GreaterThanOrEqual(a, TL.Splat(DetMath.TanhTiny)), result, x);
    }

    /// <summary>DetMath.NegatedTanhCore, operation for operation (see its remarks for the error analysis).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV NegatedCore<TL, TV>(TV a) where TL : ILanes<TV> where TV : struct
    {
        TV shifted = TL.FusedMultiplyAdd(a, TL.Splat(DetMath.TwiceInvLn2), TL.Splat(DetMath.RoundShift));
        TV minusK = TL.Subtract(TL.Splat(DetMath.RoundShift), shifted);
        TV h = TL.FusedMultiplyAdd(minusK, TL.Splat(DetMath.HalfLn2Lo), TL.FusedMultiplyAdd(minusK, TL.Splat(DetMath.HalfLn2Hi), a));

        TV h2 = TL.Multiply(h, h);
        TV h4 = TL.Multiply(h2, h2);

        // shifted = (k + 1) + (RoundShift − 1): read against a shift one below, its bits give 2^(k+1).
        TV u2 = TL.PowerOfTwoFromShifted(shifted, DetMath.RoundShift - 1);
        TV um1 = TL.FusedMultiplyAdd(u2, TL.Splat(0.5), TL.Splat(-1.0));
        TV ar = TL.Multiply(u2, h);
        TV s1 = TL.Add(um1, ar);
        TV e1 = TL.Subtract(ar, TL.Subtract(s1, um1));
        TV ah = TL.Multiply(u2, h2);
        TV s2 = TL.Add(s1, ah);
        TV e2 = TL.Subtract(ah, TL.Subtract(s2, s1));
        TV q = TL.Multiply(ah, h);
        TV t = TL.Add(s2, CubicTerm<TL, TV>(q, h, h2, h4, TL.Add(e1, e2)));

        TV two = TL.Splat(2.0);
        TV dh = TL.Add(t, two);
        TV dl = TL.Subtract(TL.Min(t, two), TL.Subtract(dh, TL.Max(t, two)));

        TV minusReciprocal = TL.Divide(TL.Splat(-1.0), dh);
        TV minusQ0 = TL.Multiply(t, minusReciprocal);
        TV residual = TL.FusedMultiplyAdd(minusQ0, dl, TL.FusedMultiplyAdd(minusQ0, dh, t));
        return TL.FusedMultiplyAdd(residual, minusReciprocal, minusQ0);
    }

    /// <summary>DetMath.TanhCubicTerm (Estrin, same grouping and constants).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV CubicTerm<TL, TV>(TV q, TV h, TV h2, TV h4, TV s) where TL : ILanes<TV> where TV : struct
    {
        TV e0 = Pair<TL, TV>(h, 8 * (1.0 / 24), 4 * (1.0 / 6));
        TV e1 = Pair<TL, TV>(h, 32 * (1.0 / 720), 16 * (1.0 / 120));
        TV e2 = Pair<TL, TV>(h, 128 * (1.0 / 40320), 64 * (1.0 / 5040));
        TV e3 = Pair<TL, TV>(h, 512 * (1.0 / 3628800), 256 * (1.0 / 362880));
        TV e4 = Pair<TL, TV>(h, 2048 * (1.0 / 479001600), 1024 * (1.0 / 39916800));
        TV f0 = TL.FusedMultiplyAdd(h2, e1, e0);
        TV f1 = TL.FusedMultiplyAdd(h2, e3, e2);
        TV f2 = TL.FusedMultiplyAdd(h2, TL.Splat(4096 * (1.0 / 6227020800)), e4);
        TV g = TL.FusedMultiplyAdd(h4, f2, f1);
        return TL.FusedMultiplyAdd(TL.Multiply(q, h4), g, TL.FusedMultiplyAdd(q, f0, s));
    }

    /// <summary>fma(h, c1, c0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Pair<TL, TV>(TV h, double c1, double c0) where TL : ILanes<TV> where TV : struct
        => TL.FusedMultiplyAdd(h, TL.Splat(c1), TL.Splat(c0));
}
