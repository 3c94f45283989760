using System.Runtime.CompilerServices;

namespace Repro.Theory.Numerics;

/// <summary>
/// <see cref="DetMath.Tanh(double)"/> lane by lane: the same operations in the same order on every
/// lane, so each lane holds exactly the bits the scalar function returns (tests check this bitwise).
/// </summary>
/// <remarks>
/// Branches become selects: every lane runs DetMath's TanhCore and the special cases (|x| ≥ 19.1,
/// |x| &lt; 2^-27, NaN) are chosen afterwards, as the scalar code would have chosen them. The scalar
/// code uses Math.FusedMultiplyAdd exactly where this uses <see cref="ILanes{TV}.FusedMultiplyAdd"/>;
/// an fma is correctly rounded, so both give one result on every machine.
/// </remarks>
internal static class VectorTanh
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Evaluate<TL, TV>(TV x) where TL : ILanes<TV> where TV : struct
    {
        TV a = TL.Abs(x);
        TV q = Core<TL, TV>(a);
        TV result = TL.Select(TL.LessThan(x, TL.Splat(0.0)), TL.Negate(q), q);
        result = TL.Select(TL.LessThan(a, TL.Splat(DetMath.TanhTiny)), x, result);
        TV saturated = TL.Select(TL.LessThan(TL.Splat(0.0), x), TL.Splat(1.0), TL.Splat(-1.0));
        saturated = TL.Select(TL.IsNotNaN(x), saturated, x);
        return TL.Select(TL.LessThan(a, TL.Splat(DetMath.TanhSaturation)), result, saturated);
    }

    /// <summary>DetMath.TanhCore, operation for operation (see its remarks for the error analysis).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Core<TL, TV>(TV a) where TL : ILanes<TV> where TV : struct
    {
        TV y = TL.Add(a, a);
        TV shifted = TL.FusedMultiplyAdd(y, TL.Splat(DetMath.InvLn2), TL.Splat(DetMath.RoundShift));
        TV minusK = TL.Negate(TL.Subtract(shifted, TL.Splat(DetMath.RoundShift)));
        TV r1 = TL.FusedMultiplyAdd(minusK, TL.Splat(DetMath.Ln2Hi), y);
        TV rh = TL.FusedMultiplyAdd(minusK, TL.Splat(DetMath.Ln2Lo), r1);
        TV rl = TL.FusedMultiplyAdd(minusK, TL.Splat(DetMath.Ln2Lo), TL.Subtract(r1, rh));

        TV r2 = TL.Multiply(rh, rh);
        TV r2e = TL.FusedMultiplyAdd(rh, rh, TL.Negate(r2));
        TV r4 = TL.Multiply(r2, r2);
        TV cubic = TL.Multiply(TL.Multiply(r2, rh), ExpTail<TL, TV>(rh, r2, r4, TL.Multiply(r4, r4)));
        TV small = TL.Add(cubic, TL.FusedMultiplyAdd(r2e, TL.Splat(0.5), TL.FusedMultiplyAdd(rl, rh, rl)));

        TV u = TL.PowerOfTwoFromShifted(shifted, DetMath.RoundShift);
        TV um1 = TL.Subtract(u, TL.Splat(1.0));
        TV ar = TL.Multiply(u, rh);
        TV s1 = TL.Add(um1, ar);
        TV e1 = TL.Subtract(ar, TL.Subtract(s1, um1));
        TV ah = TL.Multiply(u, TL.Multiply(TL.Splat(0.5), r2));
        TV s2 = TL.Add(s1, ah);
        TV e2 = TL.Subtract(ah, TL.Subtract(s2, s1));
        TV tl = TL.FusedMultiplyAdd(u, small, TL.Add(e1, e2));
        TV nh = TL.Add(s2, tl);
        TV nl = TL.Subtract(tl, TL.Subtract(nh, s2));

        TV two = TL.Splat(2.0);
        TV dh = TL.Add(nh, two);
        TV bv = TL.Subtract(dh, nh);
        TV av = TL.Subtract(dh, bv);
        TV dl = TL.Add(TL.Add(TL.Subtract(nh, av), TL.Subtract(two, bv)), nl);

        TV reciprocal = TL.Divide(TL.Splat(1.0), dh);
        TV q0 = TL.Multiply(nh, reciprocal);
        TV minusQ0 = TL.Negate(q0);
        TV residual = TL.Add(TL.FusedMultiplyAdd(minusQ0, dh, nh), TL.FusedMultiplyAdd(minusQ0, dl, nl));
        return TL.FusedMultiplyAdd(residual, reciprocal, q0);
    }

    /// <summary>DetMath.TanhExpTail (Estrin, same grouping and constants).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpTail<TL, TV>(TV r, TV r2, TV r4, TV r8) where TL : ILanes<TV> where TV : struct
    {
        TV e0 = Pair<TL, TV>(r, 1.0 / 24, 1.0 / 6);
        TV e1 = Pair<TL, TV>(r, 1.0 / 720, 1.0 / 120);
        TV e2 = Pair<TL, TV>(r, 1.0 / 40320, 1.0 / 5040);
        TV e3 = Pair<TL, TV>(r, 1.0 / 3628800, 1.0 / 362880);
        TV e4 = Pair<TL, TV>(r, 1.0 / 479001600, 1.0 / 39916800);
        TV e5 = Pair<TL, TV>(r, 1.0 / 87178291200, 1.0 / 6227020800);
        TV f0 = TL.FusedMultiplyAdd(r2, e1, e0);
        TV f1 = TL.FusedMultiplyAdd(r2, e3, e2);
        TV f2 = TL.FusedMultiplyAdd(r2, e5, e4);
        return TL.FusedMultiplyAdd(r8, f2, TL.FusedMultiplyAdd(r4, f1, f0));
    }

    /// <summary>fma(r, c1, c0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Pair<TL, TV>(TV r, double c1, double c0) where TL : ILanes<TV> where TV : struct
        => TL.FusedMultiplyAdd(r, TL.Splat(c1), TL.Splat(c0));
}
