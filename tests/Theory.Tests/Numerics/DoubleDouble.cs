namespace Repro.Theory.Tests.Numerics;

/// <summary>An unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2 (about 106 bits); the classic error-free algorithms.</summary>
internal readonly record struct DoubleDouble(double Hi, double Lo)
{
    public DoubleDouble Negate() => new(-Hi, -Lo);

    /// <summary>Exact scaling by a power of two (no underflow in the ranges used here).</summary>
    public DoubleDouble Scale(double powerOfTwo) => new(Hi * powerOfTwo, Lo * powerOfTwo);

    public DoubleDouble Add(DoubleDouble b)
    {
        (double s, double e) = TwoSum(Hi, b.Hi);
        (double t, double f) = TwoSum(Lo, b.Lo);
        e += t;
        (s, e) = FastTwoSum(s, e);
        e += f;
        return Normalised(s, e);
    }

    public DoubleDouble Subtract(DoubleDouble b) => Add(b.Negate());

    public DoubleDouble Multiply(DoubleDouble b)
    {
        double p = Hi * b.Hi;
        double e = Math.FusedMultiplyAdd(Hi, b.Hi, -p);
        e += Hi * b.Lo + Lo * b.Hi;
        return Normalised(p, e);
    }

    public DoubleDouble Divide(DoubleDouble b)
    {
        double q1 = Hi / b.Hi;
        DoubleDouble r = Subtract(b.Multiply(new DoubleDouble(q1, 0)));
        double q2 = r.Hi / b.Hi;
        r = r.Subtract(b.Multiply(new DoubleDouble(q2, 0)));
        double q3 = r.Hi / b.Hi;
        DoubleDouble q = Normalised(q1, q2);
        return q.Add(new DoubleDouble(q3, 0));
    }

    private static DoubleDouble Normalised(double hi, double lo)
    {
        (double s, double e) = FastTwoSum(hi, lo);
        return new DoubleDouble(s, e);
    }

    private static (double S, double E) TwoSum(double a, double b)
    {
        double s = a + b;
        double bv = s - a;
        return (s, (a - (s - bv)) + (b - bv));
    }

    private static (double S, double E) FastTwoSum(double a, double b)
    {
        double s = a + b;
        return (s, b - (s - a));
    }
}
