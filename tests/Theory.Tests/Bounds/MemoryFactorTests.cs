using System.Numerics;
using Repro.Theory.Bounds;

namespace Repro.Theory.Tests.Bounds;

public class MemoryFactorTests
{
    /// <summary>S_T(λ) = Σ_{k&lt;T} λ^k computed exactly (rational arithmetic, decimal λ) and rounded.</summary>
    public static TheoryData<double, int, double> HandComputed => new()
    {
        { 0.5, 1, 1.0 }, { 0.5, 2, 1.5 }, { 0.5, 4, 1.875 }, { 0.5, 8, 1.9921875 }, { 0.5, 16, 1.999969482421875 }, { 0.5, 32, 1.9999999995343387 }, { 0.5, 64, 2.0 },
        { 0.9, 1, 1.0 }, { 0.9, 2, 1.9 }, { 0.9, 4, 3.439 }, { 0.9, 8, 5.6953279 }, { 0.9, 16, 8.146979811148158 }, { 0.9, 32, 9.65663161797075 }, { 0.9, 64, 9.98820981542226 },
        { 1.0, 1, 1.0 }, { 1.0, 2, 2.0 }, { 1.0, 4, 4.0 }, { 1.0, 8, 8.0 }, { 1.0, 16, 16.0 }, { 1.0, 32, 32.0 }, { 1.0, 64, 64.0 },
        { 1.1, 1, 1.0 }, { 1.1, 2, 2.1 }, { 1.1, 4, 4.641 }, { 1.1, 8, 11.4358881 }, { 1.1, 16, 35.94972986357216 }, { 1.1, 32, 201.13776745352553 }, { 1.1, 64, 4447.915684525902 },
        { 1.5, 1, 1.0 }, { 1.5, 2, 2.5 }, { 1.5, 4, 8.125 }, { 1.5, 8, 49.2578125 }, { 1.5, 16, 1311.6816711425781 }, { 1.5, 32, 862877.7665479784 }, { 1.5, 64, 372280745756.94684 },
    };

    [Theory]
    [MemberData(nameof(HandComputed))]
    public void MatchesHandComputedValues(double lambda, int t, double expected)
        => Assert.Equal(expected, MemoryFactor.Evaluate(lambda, t), 1e-13 * expected);

    [Fact]
    public void EmptySumIsZeroAndOneTermIsOne()
    {
        foreach (double lambda in new[] { 0.0, 0.5, 1.0, 3.0, double.PositiveInfinity })
        {
            Assert.Equal(0.0, MemoryFactor.Evaluate(lambda, 0));
            Assert.Equal(1.0, MemoryFactor.Evaluate(lambda, 1));
        }
        Assert.Equal(1.0, MemoryFactor.Evaluate(0.0, 1000));
        Assert.Equal(double.PositiveInfinity, MemoryFactor.Evaluate(double.PositiveInfinity, 2));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void EqualsTExactlyAtLambdaOne(int t) => Assert.Equal((double)t, MemoryFactor.Evaluate(1.0, t));

    /// <summary>S_T(1+δ) = Σ_j C(T, j+1) δ^j: a series with no cancellation, valid for |Tδ| ≪ 1.</summary>
    private static double SeriesNearOne(int t, double delta)
    {
        double term = t, sum = t;
        for (int j = 1; j < 14 && j < t; j++)
        {
            term *= delta * (t - j) / (j + 1);
            sum += term;
        }
        return sum;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void IsContinuousAcrossLambdaOne(int t)
    {
        foreach (double h in new[] { Math.Pow(2, -52), 1e-12, 1e-9, 1e-7, 1e-5 })
        {
            if (t * h > 0.1) continue;
            foreach (double lambda in new[] { 1.0 + h, 1.0 - h })
            {
                double delta = lambda - 1.0; // exact
                double reference = SeriesNearOne(t, delta);
                Assert.True(Math.Abs(MemoryFactor.Evaluate(lambda, t) - reference) <= 1e-12 * reference,
                    $"T={t}, λ=1{(delta > 0 ? "+" : "-")}{Math.Abs(delta):R}: {MemoryFactor.Evaluate(lambda, t):R} vs {reference:R}");
            }
            Assert.True(MemoryFactor.Evaluate(1.0 - h, t) <= t && t <= MemoryFactor.Evaluate(1.0 + h, t));
        }
        // One ulp either side of 1 moves S_T by only its true first-order change (T−1)·δ/2 relative, plus rounding.
        double below = MemoryFactor.Evaluate(Math.BitDecrement(1.0), t), above = MemoryFactor.Evaluate(Math.BitIncrement(1.0), t);
        double allowed = (t - 1) * Math.Pow(2, -52) / 2 * 1.01 + 1e-13;
        Assert.True(Math.Abs(below - t) <= allowed * t && Math.Abs(above - t) <= allowed * t);
    }

    public static TheoryData<double, int> ClosedFormCases()
    {
        var data = new TheoryData<double, int>();
        foreach (double lambda in new[] { 0.5, 0.9, 0.99, 0.999999, 1 - Math.Pow(2, -40), 1 + Math.Pow(2, -40), 1.000001, 1.01, 1.1, 1.5, 3.0 })
            foreach (int t in new[] { 65, 100, 1000, 5000 })
                data.Add(lambda, t);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClosedFormCases))]
    public void ClosedFormBranchMatchesExactRationalArithmetic(double lambda, int t)
    {
        double exact = ExactGeometricSum(lambda, t);
        double actual = MemoryFactor.Evaluate(lambda, t);
        if (double.IsPositiveInfinity(exact)) Assert.Equal(double.PositiveInfinity, actual);
        else Assert.True(Math.Abs(actual - exact) <= 1e-12 * exact, $"λ={lambda:R}, T={t}: {actual:R} vs exact {exact:R}");
    }

    [Fact]
    public void IsFiniteOrPositiveInfinityForLargeT()
    {
        foreach (double lambda in new[] { 0.0, 1e-300, 0.5, 0.999, 1.0, 1.001, 2.0, 1e10, 1e300, double.PositiveInfinity })
            foreach (int t in new[] { 0, 1, 2, 64, 65, 1000, 1_000_000, int.MaxValue })
            {
                double s = MemoryFactor.Evaluate(lambda, t);
                Assert.False(double.IsNaN(s), $"NaN at λ={lambda}, T={t}");
                Assert.True(s >= (t == 0 ? 0 : 1));
            }
        Assert.Equal(10.0, MemoryFactor.Evaluate(0.9, int.MaxValue), 1e-12);
        Assert.Equal(double.PositiveInfinity, MemoryFactor.Evaluate(1.1, 1_000_000));
        Assert.Equal(double.PositiveInfinity, MemoryFactor.Evaluate(1e300, 3));
        double lambdaNearOne = 1 - 1e-12, d = lambdaNearOne - 1; // d is the exact offset of the stored λ
        Assert.Equal(SeriesNearOne(1_000_000_000, d), MemoryFactor.Evaluate(lambdaNearOne, 1_000_000_000), 1e-12 * 1e9);
    }

    [Fact]
    public void IsNonDecreasingInTAndLambda()
    {
        double[] lambdas = [0, 0.3, 0.9, 0.999999, 1, 1.000001, 1.05, 2];
        int[] ts = [0, 1, 2, 10, 63, 64, 65, 66, 200, 5000];
        for (int i = 0; i < lambdas.Length; i++)
            for (int j = 0; j < ts.Length; j++)
            {
                double s = MemoryFactor.Evaluate(lambdas[i], ts[j]);
                if (j > 0) Assert.True(MemoryFactor.Evaluate(lambdas[i], ts[j - 1]) <= s);
                if (i > 0) Assert.True(MemoryFactor.Evaluate(lambdas[i - 1], ts[j]) <= s);
            }
    }

    [Fact]
    public void ClassifiesRegimesAndLimits()
    {
        Assert.Equal(MemoryRegime.Contracting, MemoryFactor.Regime(0.99));
        Assert.Equal(MemoryRegime.Critical, MemoryFactor.Regime(1.0));
        Assert.Equal(MemoryRegime.Expanding, MemoryFactor.Regime(1.01));
        Assert.Equal(4.0, MemoryFactor.Limit(0.75));
        Assert.Equal(double.PositiveInfinity, MemoryFactor.Limit(1.0));
        Assert.True(MemoryFactor.Evaluate(0.75, 100_000) <= MemoryFactor.Limit(0.75));
    }

    [Fact]
    public void RejectsInvalidArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MemoryFactor.Evaluate(-0.1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => MemoryFactor.Evaluate(double.NaN, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => MemoryFactor.Evaluate(0.5, -1));
    }

    /// <summary>Σ_{k&lt;T} λ^k for the exact binary value of λ = M/2^E: (M^T − 2^{ET}) / (2^{E(T−1)}(M − 2^E)), rounded once.</summary>
    private static double ExactGeometricSum(double lambda, int t)
    {
        long bits = BitConverter.DoubleToInt64Bits(lambda);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        int e = 1075 - exponent; // λ = mantissa / 2^e, e ≥ 0 for the λ < 2^52 used here
        BigInteger m = mantissa;
        BigInteger numerator = BigInteger.Pow(m, t) - (BigInteger.One << (e * t));
        BigInteger denominator = (BigInteger.One << (e * (t - 1))) * (m - (BigInteger.One << e));
        if (numerator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        long scale = (long)denominator.GetBitLength() - (long)numerator.GetBitLength() + 64;
        BigInteger q = scale >= 0 ? (numerator << (int)scale) / denominator : numerator / (denominator << (int)-scale);
        return Math.ScaleB((double)q, (int)-scale);
    }
}
