using System.Runtime.CompilerServices;

namespace Repro.Theory.Tests.Numerics;

/// <summary>
/// tanh to about 2^-100 relative in double-double arithmetic, independent of DetMath and of any libm:
/// the high-precision reference the accuracy test measures DetMath.Tanh against.
/// </summary>
/// <remarks>
/// tanh a = −m/(2 + m) with m = e^{−2a} − 1 ∈ (−1, 0], so neither the numerator nor the denominator
/// cancels. m comes from 2^k·(1 + e^{r/256} − 1 squared up eight times) − 1, with the squaring done on
/// e − 1 (m ← 2m + m²) to keep full relative precision for small r. Every step is a double-double
/// operation (error ~2^-104 each), a few dozen in all.
/// </remarks>
internal static class ReferenceTanh
{
    private static readonly DoubleDouble Ln2 = new(0.6931471805599453, 2.3190468138462996e-17);
    private static readonly DoubleDouble[] InverseFactorials = Factorials(10);

    /// <summary>tanh x as hi + lo, for finite x.</summary>
    // Optimized at once: called 10^6 times in a few seconds, it would otherwise run as tier-0 code for most of them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DoubleDouble Of(double x)
    {
        double a = Math.Abs(x);
        DoubleDouble t;
        if (a < 9.313225746154785e-10) // 2^-30
        {
            // x − x³/3 + 2x⁵/15: the next term is below 2^-170 relative.
            double a2 = a * a;
            t = new DoubleDouble(a, 0).Add(new DoubleDouble(a * a2, 0).Multiply(new DoubleDouble(-1.0 / 3, -1.850371707708594e-17)
                .Add(new DoubleDouble(a2 * (2.0 / 15), 0))));
        }
        else if (a > 40)
            t = new DoubleDouble(1, 0); // 1 − tanh a < 2e^{-80}: far below 2^-106
        else
        {
            DoubleDouble m = ExpMinusOne(-2 * a);
            t = m.Negate().Divide(m.Add(new DoubleDouble(2, 0)));
        }
        return x < 0 ? t.Negate() : t;
    }

    /// <summary>e^z − 1 for −80 ≤ z ≤ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DoubleDouble ExpMinusOne(double z)
    {
        double k = Math.Round(z / Ln2.Hi);
        DoubleDouble r = new DoubleDouble(z, 0).Subtract(Ln2.Multiply(new DoubleDouble(k, 0)));
        DoubleDouble s = r.Scale(1.0 / 256);
        // e^s − 1 = s(1 + s/2! + … + s⁹/10!) by Horner, |s| < 1.4·10^-3: the omitted terms are below 10^-36·|s|.
        DoubleDouble sum = InverseFactorials[^1];
        for (int n = InverseFactorials.Length - 2; n >= 1; n--) sum = sum.Multiply(s).Add(InverseFactorials[n]);
        sum = sum.Multiply(s);
        for (int i = 0; i < 8; i++) sum = sum.Scale(2).Add(sum.Multiply(sum)); // e^{2s} − 1 = 2m + m²
        // 2^k(1 + m) − 1 = (2^k − 1) + 2^k·m, with 2^k − 1 exact for −53 ≤ k ≤ 0 (and −1 + tiny below).
        double p = Math.ScaleB(1.0, (int)k);
        return new DoubleDouble(p - 1, k < -53 ? p : 0).Add(sum.Scale(p));
    }

    private static DoubleDouble[] Factorials(int count)
    {
        var inverse = new DoubleDouble[count + 1];
        double factorial = 1; // exact up to 22!
        for (int n = 0; n <= count; n++)
        {
            if (n > 0) factorial *= n;
            inverse[n] = new DoubleDouble(1, 0).Divide(new DoubleDouble(factorial, 0));
        }
        return inverse;
    }
}
