using System.Runtime.CompilerServices;

namespace Repro.Theory.Numerics;

/// <summary>
/// <see cref="DetMath.Tanh(double)"/> lane by lane: the same operations in the same order on every
/// lane, so each lane holds exactly the bits the scalar function returns (tests check this bitwise).
/// </summary>
/// <remarks>
/// Branches become selects: every lane runs the full formula and the special cases (|x| ≥ 19.1,
/// |x| &lt; 2^-27, NaN, k = 0) are chosen afterwards, as the scalar code would have chosen them.
/// The one deliberate difference is <see cref="TwoProduct"/>: the scalar code uses Dekker's
/// split (no FMA), this uses fma(a, b, −p). Both yield the exact error a·b − p, which is a
/// unique double whenever nothing overflows or underflows (here |a|, |b| &lt; 2^57 and the
/// products are far above 2^-900), so the bits agree while the vector code saves ~14 operations.
/// </remarks>
internal static class VectorTanh
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Evaluate<TL, TV>(TV x) where TL : ILanes<TV> where TV : struct
    {
        TV a = TL.Abs(x);
        (TV th, TV tl) = Expm1DoubleDouble<TL, TV>(TL.Add(a, a));
        (TV dh, TV dl) = TwoSum<TL, TV>(th, TL.Splat(2.0));
        dl = TL.Add(dl, tl);
        TV q = TL.Divide(th, dh);
        (TV p, TV pe) = TwoProduct<TL, TV>(q, dh);
        TV residual = TL.Add(TL.Subtract(TL.Subtract(th, p), pe), TL.Subtract(tl, TL.Multiply(q, dl)));
        q = TL.Add(q, TL.Divide(residual, dh));

        TV result = TL.Select(TL.LessThan(x, TL.Splat(0.0)), TL.Negate(q), q);
        result = TL.Select(TL.LessThan(a, TL.Splat(7.4505805969238281e-09)), x, result);
        TV saturated = TL.Select(TL.LessThan(TL.Splat(0.0), x), TL.Splat(1.0), TL.Splat(-1.0));
        saturated = TL.Select(TL.IsNotNaN(x), saturated, x);
        return TL.Select(TL.LessThan(a, TL.Splat(19.1)), result, saturated);
    }

    /// <summary>DetMath.Expm1DoubleDouble, both branches (k = 0 and k ≠ 0) computed and selected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TV Hi, TV Lo) Expm1DoubleDouble<TL, TV>(TV x) where TL : ILanes<TV> where TV : struct
    {
        // Reduce: kd = round(x / ln 2), x = kd·ln 2 + r + rl.
        TV shift = TL.Splat(DetMath.RoundShift);
        TV shifted = TL.Add(TL.Multiply(x, TL.Splat(DetMath.InvLn2)), shift);
        TV kd = TL.Subtract(shifted, shift);
        TV hi = TL.Subtract(x, TL.Multiply(kd, TL.Splat(DetMath.Ln2Hi)));
        TV lo = TL.Multiply(kd, TL.Splat(DetMath.Ln2Lo));
        (TV r, TV rl) = TwoSum<TL, TV>(hi, TL.Negate(lo));
        (TV ph, TV pl) = ExpM1Core<TL, TV>(r, rl);

        TV one = TL.Splat(1.0);
        TV u = TL.PowerOfTwoFromShifted(TL.Add(kd, shift), DetMath.RoundShift);
        TV up = TL.Multiply(u, ph);
        TV v = TL.Add(u, up);
        TV vLo = TL.Add(TL.Add(TL.Subtract(u, v), up), TL.Multiply(u, pl));
        (TV s, TV sErr) = TwoSum<TL, TV>(v, TL.Negate(one));
        TV kIsZero = TL.LessThan(TL.Abs(kd), TL.Splat(0.5));
        return (TL.Select(kIsZero, ph, s), TL.Select(kIsZero, pl, TL.Add(sErr, vLo)));
    }

    /// <summary>DetMath.ExpM1Core: e^(r + rl) − 1 as a normalised double-double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TV Hi, TV Lo) ExpM1Core<TL, TV>(TV r, TV rl) where TL : ILanes<TV> where TV : struct
    {
        (TV q, TV qe) = TwoProduct<TL, TV>(r, r);
        TV halfQ = TL.Multiply(TL.Splat(0.5), q);
        TV s = TL.Add(r, halfQ);
        TV sErr = TL.Add(TL.Subtract(r, s), halfQ);
        TV cubic = TL.Multiply(TL.Multiply(r, q), ExpTail<TL, TV>(r, q));
        TV rlTerm = TL.Multiply(rl, TL.Add(TL.Splat(1.0), TL.Add(r, halfQ)));
        TV lo = TL.Add(sErr, TL.Add(TL.Multiply(TL.Splat(0.5), qe), TL.Add(cubic, rlTerm)));
        TV hi = TL.Add(s, lo);
        return (hi, TL.Subtract(lo, TL.Subtract(hi, s)));
    }

    /// <summary>DetMath.ExpTail (Estrin, same grouping and constants).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpTail<TL, TV>(TV r, TV r2) where TL : ILanes<TV> where TV : struct
    {
        TV r4 = TL.Multiply(r2, r2);
        TV a = Pair<TL, TV>(r, r2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720);
        TV b = Pair<TL, TV>(r, r2, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880, 1.0 / 3628800);
        TV c = Pair<TL, TV>(r, r2, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800, 1.0 / 87178291200);
        return TL.Add(a, TL.Multiply(r4, TL.Add(b, TL.Multiply(r4, c))));
    }

    /// <summary>(c0 + r·c1) + r2·(c2 + r·c3), unfused as in the scalar code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Pair<TL, TV>(TV r, TV r2, double c0, double c1, double c2, double c3) where TL : ILanes<TV> where TV : struct
        => TL.Add(TL.Add(TL.Splat(c0), TL.Multiply(r, TL.Splat(c1))), TL.Multiply(r2, TL.Add(TL.Splat(c2), TL.Multiply(r, TL.Splat(c3)))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TV Sum, TV Error) TwoSum<TL, TV>(TV a, TV b) where TL : ILanes<TV> where TV : struct
    {
        TV s = TL.Add(a, b);
        TV bVirtual = TL.Subtract(s, a);
        TV aVirtual = TL.Subtract(s, bVirtual);
        return (s, TL.Add(TL.Subtract(a, aVirtual), TL.Subtract(b, bVirtual)));
    }

    /// <summary>p = fl(a·b) and the exact error a·b − p (see the remarks on why this equals Dekker's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TV Product, TV Error) TwoProduct<TL, TV>(TV a, TV b) where TL : ILanes<TV> where TV : struct
    {
        TV p = TL.Multiply(a, b);
        return (p, TL.FusedMultiplyAdd(a, b, TL.Negate(p)));
    }
}
