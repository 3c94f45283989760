namespace Repro.Theory.Tests.Numerics;

/// <summary>Distances between doubles in units in the last place (ulp).</summary>
internal static class Ulp
{
    /// <summary>
    /// How many representable doubles one must step over to get from <paramref name="a"/> to
    /// <paramref name="b"/>: 0 when equal (+0 and −0 count as equal), 1 for neighbours, and so on
    /// across binades and through zero (subnormals count as ordinary steps, ±∞ as the step after
    /// ±MaxValue). Two NaNs are 0 apart; a NaN and a number are <see cref="long.MaxValue"/> apart.
    /// </summary>
    public static long Distance(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
        Int128 d = (Int128)Ordinal(a) - Ordinal(b);
        if (d < 0) d = -d;
        return d > long.MaxValue ? long.MaxValue : (long)d;
    }

    /// <summary>Position of x on the number line of doubles: monotone in x, −0 and +0 both at 0.</summary>
    public static long Ordinal(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        return bits >= 0 ? bits : -(bits & long.MaxValue);
    }
}
