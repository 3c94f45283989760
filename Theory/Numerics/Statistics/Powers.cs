namespace Repro.Theory.Numerics.Statistics;

/// <summary>x^p without Math.Pow (platform-dependent): exact products for integer p, √ for ±½, DetMath otherwise.</summary>
internal static class Powers
{
    public static double Pow(double x, double p)
    {
        if (double.IsNaN(x) || double.IsNaN(p)) return double.NaN;
        if (p == 0) return 1.0;
        if (p == 1) return x;
        if (p == 0.5 && x >= 0) return Math.Sqrt(x);
        if (p == -0.5 && x >= 0) return 1.0 / Math.Sqrt(x);
        if (p == Math.Floor(p) && Math.Abs(p) <= 1024) return IntegerPower(x, (int)p);
        if (x < 0) return double.NaN;
        if (x == 0) return p > 0 ? 0.0 : double.PositiveInfinity;
        if (double.IsPositiveInfinity(x)) return p > 0 ? double.PositiveInfinity : 0.0;
        return DetMath.Exp(p * DetMath.Log(x));
    }

    private static double IntegerPower(double x, int n)
    {
        bool invert = n < 0;
        uint e = (uint)Math.Abs(n);
        double result = 1.0, b = x;
        while (e != 0)
        {
            if ((e & 1) != 0) result *= b;
            e >>= 1;
            if (e != 0) b *= b;
        }
        return invert ? 1.0 / result : result;
    }
}
