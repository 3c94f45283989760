namespace Repro.Theory.Numerics;

/// <summary>
/// Deterministic elementary functions: the same bits on every machine, runtime and C library.
/// </summary>
/// <remarks>
/// <para>Built only from IEEE-754 +, −, ×, ÷, fused multiply-add, comparisons and exact bit
/// manipulation (no CRT call, no <c>Math.Exp/Log/Tanh/Pow</c>). Each of these operations is
/// correctly rounded, so the results are reproducible. RyuJIT does not contract <c>a * b + c</c>
/// into a fused multiply-add (only an explicit <c>Math.FusedMultiplyAdd</c> or FMA intrinsic emits
/// one) and does not reassociate floating point; the error-free transformations below
/// (<see cref="TwoSum"/>, <see cref="TwoProduct"/>) rely on both. Never "simplify" them.
/// A test pins a hash of the output bits, so a runtime that broke this would be noticed.</para>
/// <para>Exp, Expm1 and Log use no FMA and carry the result as an unevaluated sum hi + lo
/// (double-double) until the last operation, so each is within 0.6 ulp of the exact value
/// (measured against 160-bit mpmath on ~5·10^5 points each: worst 0.52 ulp for Exp, 0.58 for
/// Expm1, 0.54 for Log). Tanh, the hot function of every kernel, is built for speed with explicit
/// fmas (the vector code uses the same ones) and one division, and stays within 1.9 ulp (see
/// <see cref="NegatedTanhCore"/>). Polynomials are truncated Taylor series with coefficients 1/n! and
/// 2/(2n+1), whose truncation errors are bounded in the comments; no fitted constants are involved.</para>
/// <para>Subnormal numbers are fully supported (not flushed): <see cref="Exp"/> rounds its subnormal
/// results once, on the subnormal grid, and <see cref="Log"/> accepts subnormal arguments.</para>
/// </remarks>
public static class DetMath
{
    // ln 2 split in two parts. Ln2Hi has only 32 significant bits (its low 21 bits are zero),
    // so k·Ln2Hi is exact for every |k| < 2^21 and x − k·Ln2Hi is exact (Sterbenz). Ln2Lo is
    // the double nearest ln 2 − Ln2Hi; k·Ln2Lo carries the rest of k·ln 2 with an absolute
    // error below 2^-53·|k·Ln2Lo| < 3e-23, far below an ulp of any result.
    // Constants, not static readonly fields: code JIT-compiled before DetMath's static constructor has run (tiering off,
    // AggressiveOptimization) would otherwise re-check its initialization inside every kernel loop, and keep all live
    // vectors on the stack across that possible call. Their bit patterns are tested (0x3FE62E42FEE00000, 0x3DEA39EF35793C76).
    internal const double Ln2Hi = 6.93147180369123816490e-01;
    internal const double Ln2Lo = 1.90821492927058770002e-10;
    internal const double HalfLn2Hi = 0.5 * Ln2Hi; // exact
    internal const double HalfLn2Lo = 0.5 * Ln2Lo; // exact
    internal const double InvLn2 = 1.4426950408889634;
    internal const double TwiceInvLn2 = 2 * InvLn2;

    // Adding 1.5·2^52 pushes every fraction bit out of the significand, so (y + RoundShift) − RoundShift
    // is y rounded to the nearest integer for |y| < 2^51, using nothing but two additions.
    internal const double RoundShift = 6755399441055744.0;

    // Dekker's splitter 2^27 + 1: cuts a double into two 26-bit halves whose products are exact.
    private const double Splitter = 134217729.0;

    private const double Sqrt2 = 1.4142135623730951;
    private const double TwoPow54 = 18014398509481984.0;

    /// <summary>Above this e^x overflows (ln(MaxValue) = 709.7827…); the exact edge is left to the arithmetic.</summary>
    private const double ExpOverflowGuard = 709.79;

    /// <summary>Below this e^x &lt; 2^-1075 rounds to zero (ln 2^-1075 = −745.1332…); the exact edge is left to the arithmetic.</summary>
    private const double ExpUnderflowGuard = -745.2;

    /// <summary>e^x rounded to the nearest double (error below 0.6 ulp, deterministic).</summary>
    /// <remarks>NaN → NaN, +∞ → +∞, −∞ → 0. Overflows to +∞ above ln(MaxValue) ≈ 709.78;
    /// results below 2^-1022 are subnormal and rounded once; 0 below ≈ −745.13.</remarks>
    public static double Exp(double x)
    {
        if (!(x > ExpUnderflowGuard)) return double.IsNaN(x) ? x : 0.0;
        if (x > ExpOverflowGuard) return double.PositiveInfinity;

        int k = Reduce(x, out double r, out double rl);
        (double ph, double pl) = ExpM1Core(r, rl);

        if (k >= -1021)
        {
            // 1 + ph + pl with a single rounding (Fast2Sum of 1 and ph, then the tails), then 2^k.
            double s = 1.0 + ph;
            double y = s + (((1.0 - s) + ph) + pl);
            return ScaleByPowerOfTwo(y, k);
        }

        // Result may be subnormal. Scale into (2^-54, 1.42) first (exact), then round once on the
        // subnormal grid: adding 1 makes the ulp 2^-52, which is exactly 2^-1074 after the final
        // ×2^-1022. Rounding to 53 bits and then again to the subnormal grid could double-round.
        double scale = PowerOfTwo(k + 1022);
        double a = scale * ph;
        double v = scale + a;
        double vLo = ((scale - v) + a) + scale * pl;
        double vRounded = v + vLo;
        if (vRounded >= 1.0) return vRounded * PowerOfTwo(-1022);
        double h = 1.0 + v;
        double l = ((1.0 - h) + v) + vLo;
        return ((h + l) - 1.0) * PowerOfTwo(-1022);
    }

    /// <summary>e^x − 1, accurate for x near 0 where Exp(x) − 1 would cancel (error below 0.6 ulp).</summary>
    /// <remarks>NaN → NaN, ±0 → ±0, +∞ → +∞, −∞ → −1.</remarks>
    public static double Expm1(double x)
    {
        if (double.IsNaN(x)) return x;
        // Below −38, e^x < 2^-54 (half an ulp of 1), so e^x − 1 rounds to −1.
        if (x < -38.0) return -1.0;
        // Above 40, the −1 is below 2^-57 of e^x and cannot change the rounding in practice.
        if (x > 40.0) return Exp(x);
        // |x| < 2^-54: e^x − 1 = x(1 + x/2 + …) rounds to x (this also keeps the sign of −0).
        if ((x < 0 ? -x : x) < 5.5511151231257827e-17) return x;
        (double hi, double lo) = Expm1DoubleDouble(x);
        return hi + lo;
    }

    /// <summary>Natural logarithm rounded to the nearest double (error below 0.6 ulp, deterministic).</summary>
    /// <remarks>x &lt; 0 or NaN → NaN, ±0 → −∞, +∞ → +∞, Log(1) = +0 exactly; subnormal x supported.</remarks>
    public static double Log(double x)
    {
        if (!(x > 0)) return x == 0 ? double.NegativeInfinity : double.NaN;
        if (x == double.PositiveInfinity) return x;

        // x = 2^k · f with f in [√½, √2): the series below converges fastest for f near 1, and
        // this interval keeps |s| ≤ (√2 − 1)/(√2 + 1) ≈ 0.1716.
        long bits = BitConverter.DoubleToInt64Bits(x);
        int k = 0;
        if (bits < 0x0010000000000000L)
        {
            // Subnormal: multiply by 2^54 (exact) so the exponent field is meaningful.
            bits = BitConverter.DoubleToInt64Bits(x * TwoPow54);
            k = -54;
        }
        k += (int)(bits >> 52) - 1023;
        double f = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (f >= Sqrt2)
        {
            f *= 0.5;
            k++;
        }

        // log f = 2·atanh(s), s = (f − 1)/(f + 1). f − 1 is exact (Sterbenz); f + 1 is kept as a
        // double-double and s is divided out with one correction step, so s is known to ~2^-100.
        double fm1 = f - 1.0;
        (double dh, double dl) = TwoSum(f, 1.0);
        double sh = fm1 / dh;
        (double p, double pe) = TwoProduct(sh, dh);
        double sl = (((fm1 - p) - pe) - sh * dl) / dh;

        // 2·atanh(s) = 2s + 2s³/3 + … + 2s²¹/21 + R, |R| < 2|s|·s²²/23·1.03 < 2^-60·|2s|.
        // The odd tail is at most 1% of 2s, so ordinary rounding inside it costs < 0.03 ulp.
        double z = sh * sh;
        double tail = sh * z * AtanhTail(z);

        // k·ln 2 + 2s + (small terms): add the two big parts exactly, then everything else once.
        double big = k * Ln2Hi;
        double twoS = 2.0 * sh;
        (double sum, double sumErr) = TwoSum(big, twoS);
        return sum + (sumErr + (k * Ln2Lo + (2.0 * sl + tail)));
    }

    /// <summary>Above this |tanh x| rounds to 1: 1 − tanh|x| ≈ 2e^{-2|x|} &lt; 2^-54 (half an ulp below 1).</summary>
    internal const double TanhSaturation = 19.1;

    /// <summary>Below this (2^-27) tanh x = x − x³/3 + … rounds to x: |x³/3| &lt; 2^-55.6·|x|.</summary>
    internal const double TanhTiny = 7.4505805969238281e-09;

    /// <summary>Hyperbolic tangent, within 1.9 ulp of the exact value (deterministic, one division).</summary>
    /// <remarks>Odd by construction (tanh(−x) = −tanh(x) bit for bit); ±0 → ±0, NaN → NaN,
    /// ±1 for |x| ≥ 19.1, |tanh x| ≤ 1 always. <see cref="VectorTanh"/> computes the same bits lane-wise.</remarks>
    public static double Tanh(double x)
    {
        double a = x < 0 ? -x : x;
        if (!(a < TanhSaturation)) return double.IsNaN(a) ? x : (x > 0 ? 1.0 : -1.0);
        if (a < TanhTiny) return x;
        double minusQ = NegatedTanhCore(a);
        return x < 0 ? minusQ : -minusQ;
    }

    /// <summary>
    /// −tanh a for 2^-27 ≤ a ≤ 19.1 as −t/(t + 2), t = e^{2a} − 1, in a fixed sequence of +, −, ×, ÷ and
    /// fused multiply-adds (IEEE-754 fma is correctly rounded, so it has one result everywhere).
    /// </summary>
    /// <remarks>
    /// <para>2a = k·ln 2 + r with k = round(2a/ln 2 − 1/4) ≥ 0, so r ∈ [−ln2/4, 3·ln2/4]: r = fma(−k, Ln2Lo,
    /// 2a − k·Ln2Hi), the inner part exact (Cody–Waite; Sterbenz, since k·ln2 is within [0.57, 1.34] of 2a when
    /// k ≥ 1), the outer one rounded once (exact when k = 0). The offset keeps r ≥ −ln2/4, so in
    /// t = (2^k − 1) + 2^k·p, p = e^r − 1, the two parts cancel by at most 2|p|·2^k/t ≤ 0.47 (k = 1,
    /// r = −ln2/4); that is what lets t be formed by one fma from a rounded p, with no exact Fast2Sums.</para>
    /// <para>p = r + r²·Q(r), Q the Taylor series 1/2! + r/3! + … + r¹³/15! (no fitted constants), by Estrin with the
    /// constant term added last; the first omitted term r¹⁶/16! is below 0.02·2^-53 of p on the interval. Roundings,
    /// as relative errors of t in units of u = 2^-53. k = 0 (t = p exactly): p's fma (≤ 1) plus what enters through
    /// r²Q/p ≤ 0.24: r²'s rounding (≤ 1), 2Q's last rounding (≤ 0.83) and R's (≤ 0.45), so ≤ 1.6, damped in tanh by
    /// 2/(t + 2) to ≤ 1.2 (at r = 3·ln2/4; ≤ 1.15 for r ≤ ln 2/2). k = 1, r &lt; 0: t's fma (1) + 0.47·p's (≤ 1.2) +
    /// r's rounding (≤ 2^-56 absolute, ≤ 0.31) ≤ 1.87, damped by 2/(t + 2) ≤ 0.75 to ≤ 1.4. k = 1, r ≥ 0, and k ≥ 2:
    /// 2/(t + 2) ≤ 2/3 (≤ 0.47 where r's rounding reaches 2^-54) keeps it below 1.25.</para>
    /// <para>t/(t + 2) with t + 2 = dh + dl exactly (dh − 2 is exact for dh &lt; 2^54, so t − (dh − 2) is the exact
    /// rounding error; above, a > 18.7, it errs by ≤ 2, which moves tanh = 1 − 2/D by under 2^-105): one division
    /// for 1/dh, the quotient from a product, corrected once with its residual (two fmas), so what remains is the last rounding (0.5 ulp) and a second-order term. Bound: ≤ 0.5 + 1.4 &lt;
    /// 1.9 ulp; the test against a double-double reference on 10^6 points measures the maximum (1.451 ulp, at
    /// a = 0.0309, k = 0) and asserts 1.9 (the issue allows 2).</para>
    /// <para>The sign is the caller's: this returns the negation so that the division can be −1/dh and no
    /// negation sits between it and the fmas. Valid for every lane value: garbage in (NaN, huge) gives
    /// garbage out without traps, which the vector code discards by select; at a = 19.1 it returns −1 exactly,
    /// which is how the vector code saturates (it clamps a to 19.1).</para>
    /// </remarks>
    private static double NegatedTanhCore(double a)
    {
        // Everything is carried at exact power-of-two scalings (h = r/2, h2 = r²/4, u2 = 2^(k+1), pHalf = p/2, the
        // polynomial's constants ×2^σ): scaling by 2^j commutes with rounding, so the bits are those of the unscaled sequence.
        double shifted = Math.FusedMultiplyAdd(a - TanhReductionOffset, TwiceInvLn2, RoundShift); // k + 1.5·2^52
        double minusK = RoundShift - shifted;
        double h = Math.FusedMultiplyAdd(minusK, HalfLn2Lo, Math.FusedMultiplyAdd(minusK, HalfLn2Hi, a));
        double h2 = h * h;
        double pHalf = Math.FusedMultiplyAdd(h2, TanhExpTail(h, h2), h); // (e^r − 1)/2

        double u2 = PowerOfTwo((int)-minusK + 1);
        double t = Math.FusedMultiplyAdd(u2, pHalf, Math.FusedMultiplyAdd(u2, 0.5, -1.0)); // 2^k·p + (2^k − 1), rounded once

        double dh = t + 2.0;
        double dl = t - (dh - 2.0); // exact: t + 2 = dh + dl

        // −t/D: −q0 = t·(−1/dh), then one correction with the residual t − q0·D.
        double minusReciprocal = -1.0 / dh;
        double minusQ0 = t * minusReciprocal;
        double residual = Math.FusedMultiplyAdd(minusQ0, dl, Math.FusedMultiplyAdd(minusQ0, dh, t));
        return Math.FusedMultiplyAdd(residual, minusReciprocal, minusQ0);
    }

    /// <summary>ln2/8: subtracted from a before k is rounded, so k = round(2a/ln 2 − 1/4) (any rounding of it only moves k's cut).</summary>
    internal const double TanhReductionOffset = 0.086643397569993164;

    /// <summary>
    /// 2·Q(r) for Q = 1/2! + r/3! + … + r¹³/15!, from h = r/2 and h2 = r²/4: 1 + h·R(h), the coefficient of h^j being
    /// 2^(j+1)/(j+2)! (an exact scaling of 1/(j+2)!). R by Estrin's scheme with fmas in a fixed order; the constant 1
    /// enters last, so only one rounding happens at the size of 2·Q (≈ 1), the others at R's size times h.
    /// </summary>
    private static double TanhExpTail(double h, double h2)
    {
        double h4 = h2 * h2;
        double p0 = Math.FusedMultiplyAdd(h, 8 * (1.0 / 24), 4 * (1.0 / 6));
        double p1 = Math.FusedMultiplyAdd(h, 32 * (1.0 / 720), 16 * (1.0 / 120));
        double p2 = Math.FusedMultiplyAdd(h, 128 * (1.0 / 40320), 64 * (1.0 / 5040));
        double p3 = Math.FusedMultiplyAdd(h, 512 * (1.0 / 3628800), 256 * (1.0 / 362880));
        double p4 = Math.FusedMultiplyAdd(h, 2048 * (1.0 / 479001600), 1024 * (1.0 / 39916800));
        double p5 = Math.FusedMultiplyAdd(h, 8192 * (1.0 / 87178291200), 4096 * (1.0 / 6227020800));
        double q0 = Math.FusedMultiplyAdd(h2, p1, p0);
        double q1 = Math.FusedMultiplyAdd(h2, p3, p2);
        double q2 = Math.FusedMultiplyAdd(h2, p5, p4);
        double s0 = Math.FusedMultiplyAdd(h4, q1, q0);
        double s1 = Math.FusedMultiplyAdd(h4, 16384 * (1.0 / 1307674368000), q2);
        return Math.FusedMultiplyAdd(h, Math.FusedMultiplyAdd(h4 * h4, s1, s0), 1.0);
    }

    /// <summary>Element-wise <see cref="Tanh(double)"/>: <c>result[i] = Tanh(x[i])</c>, the same bits as the scalar.</summary>
    /// <exception cref="ArgumentException"><paramref name="result"/> is shorter than <paramref name="x"/>.</exception>
    /// <remarks><paramref name="x"/> and <paramref name="result"/> may be the same memory (in-place).</remarks>
    public static void Tanh(ReadOnlySpan<double> x, Span<double> result)
    {
        if (result.Length < x.Length)
            throw new ArgumentException("The result span is shorter than the input span.", nameof(result));
        for (int i = 0; i < x.Length; i++) result[i] = Tanh(x[i]);
    }

    /// <summary>e^x − 1 as a double-double (|lo| at most about an ulp of hi), for |x| ≥ 2^-54 and −38 ≤ x ≤ 40.</summary>
    private static (double Hi, double Lo) Expm1DoubleDouble(double x)
    {
        int k = Reduce(x, out double r, out double rl);
        (double ph, double pl) = ExpM1Core(r, rl);
        if (k == 0) return (ph, pl);

        // e^x − 1 = 2^k(1 + p) − 1. Form u(1 + p) exactly as v + vLo (u·ph is exact, Fast2Sum
        // since |u·ph| < u), then subtract 1 with TwoSum so no cancellation error arises.
        double u = PowerOfTwo(k);
        double up = u * ph;
        double v = u + up;
        double vLo = ((u - v) + up) + u * pl;
        (double s, double sErr) = TwoSum(v, -1.0);
        return (s, sErr + vLo);
    }

    /// <summary>
    /// Cody–Waite reduction: x = k·ln 2 + (r + rl) with k = nearest integer to x/ln 2 and |r| ≤ ln2/2 (+ tiny).
    /// </summary>
    /// <remarks>The rounding error of r itself (up to 2^-55, a quarter of an ulp of e^r ≈ 1)
    /// would survive into the result, so it is kept in rl and fed to the polynomial.</remarks>
    private static int Reduce(double x, out double r, out double rl)
    {
        double kd = (x * InvLn2 + RoundShift) - RoundShift;
        double hi = x - kd * Ln2Hi; // exact, see Ln2Hi
        double lo = kd * Ln2Lo;
        (r, double err) = TwoSum(hi, -lo);
        rl = err;
        return (int)kd;
    }

    /// <summary>e^(r + rl) − 1 as a normalised double-double, for |r| ≤ 0.35 and |rl| ≤ 2^-53|r|.</summary>
    /// <remarks>
    /// e^r − 1 = r + r²/2 + r³·P(r), P the Taylor series 1/3! + r/4! + … + r¹¹/14!; the truncated
    /// terms are below 1.03·|r|^15/15! &lt; 2^-63 (relative to the result: &lt; 2^-61). r + r²/2 is
    /// summed exactly (r² from <see cref="TwoProduct"/>); r³·P is under 2.3% of the result, so its
    /// few roundings cost at most about 0.1 ulp. rl enters to first and second order:
    /// e^(r+rl) − e^r ≈ rl·(1 + r + r²/2).
    /// </remarks>
    private static (double Hi, double Lo) ExpM1Core(double r, double rl)
    {
        (double q, double qe) = TwoProduct(r, r);
        double halfQ = 0.5 * q;
        double s = r + halfQ;
        double sErr = (r - s) + halfQ; // Fast2Sum: |r| ≥ r²/2
        double cubic = r * q * ExpTail(r, q);
        double lo = sErr + (0.5 * qe + (cubic + rl * (1.0 + (r + halfQ))));
        // Renormalise (Fast2Sum, |s| ≫ |lo|) so that |lo| ≤ ulp(hi)/2: callers divide by or
        // compare against hi alone and need the tail to be a correction, not a share of the value.
        double hi = s + lo;
        return (hi, lo - (hi - s));
    }

    /// <summary>1/3! + r/4! + … + r¹¹/14!, given r and r² (Estrin's scheme: a shallow tree
    /// instead of one long Horner chain, so the CPU can overlap the multiplications; the
    /// evaluation order is fixed, so the bits are too).</summary>
    private static double ExpTail(double r, double r2)
    {
        double r4 = r2 * r2;
        double a = (1.0 / 6 + r * (1.0 / 24)) + r2 * (1.0 / 120 + r * (1.0 / 720));
        double b = (1.0 / 5040 + r * (1.0 / 40320)) + r2 * (1.0 / 362880 + r * (1.0 / 3628800));
        double c = (1.0 / 39916800 + r * (1.0 / 479001600)) + r2 * (1.0 / 6227020800 + r * (1.0 / 87178291200));
        return a + r4 * (b + r4 * c);
    }

    /// <summary>2/3 + 2z/5 + … + 2z⁹/21 with z = s² (Estrin's scheme), so that
    /// 2·atanh s ≈ 2s + s·z·AtanhTail(z).</summary>
    private static double AtanhTail(double z)
    {
        double z2 = z * z;
        double z4 = z2 * z2;
        double a = (2.0 / 3 + z * (2.0 / 5)) + z2 * (2.0 / 7 + z * (2.0 / 9));
        double b = (2.0 / 11 + z * (2.0 / 13)) + z2 * (2.0 / 15 + z * (2.0 / 17));
        double c = 2.0 / 19 + z * (2.0 / 21);
        return a + z4 * (b + z4 * c);
    }

    /// <summary>y·2^k for a normal result, k in [−1022, 1024]; exact unless it overflows to ∞.</summary>
    private static double ScaleByPowerOfTwo(double y, int k)
        => k > 1023 ? y * PowerOfTwo(1023) * PowerOfTwo(k - 1023) : y * PowerOfTwo(k);

    /// <summary>2^k built from its bit pattern, k in [−1022, 1023].</summary>
    private static double PowerOfTwo(int k) => BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);

    /// <summary>Knuth's TwoSum: s = fl(a + b) and the exact error e, a + b = s + e.</summary>
    private static (double Sum, double Error) TwoSum(double a, double b)
    {
        double s = a + b;
        double bVirtual = s - a;
        double aVirtual = s - bVirtual;
        return (s, (a - aVirtual) + (b - bVirtual));
    }

    /// <summary>Dekker's TwoProduct without FMA: p = fl(a·b) and the exact error e, a·b = p + e
    /// (for |a|, |b| well inside the range where neither overflows nor underflows).</summary>
    private static (double Product, double Error) TwoProduct(double a, double b)
    {
        double p = a * b;
        (double aHi, double aLo) = Split(a);
        (double bHi, double bLo) = Split(b);
        return (p, ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo);
    }

    /// <summary>Veltkamp's split of a into two non-overlapping 26-bit halves, a = hi + lo.</summary>
    private static (double Hi, double Lo) Split(double a)
    {
        double c = Splitter * a;
        double hi = c - (c - a);
        return (hi, a - hi);
    }
}
