using System.Runtime.Intrinsics;
using Repro.Theory.Numerics;

namespace Repro.Theory.Tests.Numerics;

/// <summary>The vectorized tanh must return exactly DetMath.Tanh's bits in every lane, at both widths.</summary>
public sealed class VectorTanhTests
{
    [Fact]
    public void Vector512Tanh_IsBitIdenticalToDetMathTanh()
    {
        if (!Vector512.IsHardwareAccelerated) return; // emulated Vector512 would still agree, but slowly
        AssertBitIdentical(Points(), x => Apply<Lanes512, Vector512<double>>(x));
    }

    [Fact]
    public void Vector256Tanh_IsBitIdenticalToDetMathTanh()
        => AssertBitIdentical(Points(), x => Apply<Lanes256, Vector256<double>>(x));

    [Fact]
    public void PairedVector512Tanh_IsBitIdenticalToDetMathTanh()
    {
        if (!Vector512.IsHardwareAccelerated) return;
        AssertBitIdentical(Points(), x => Apply<PairedLanes<Lanes512, Vector512<double>>, VectorPair<Vector512<double>>>(x));
    }

    /// <summary>The kernels' form: two vectors per call (<see cref="PairedLanes{TL, TV}"/>).</summary>
    [Fact]
    public void PairedVector256Tanh_IsBitIdenticalToDetMathTanh()
        => AssertBitIdentical(Points(), x => Apply<PairedLanes<Lanes256, Vector256<double>>, VectorPair<Vector256<double>>>(x));

    private static double[] Apply<TL, TV>(double[] x) where TL : ILanes<TV> where TV : struct
    {
        var y = new double[x.Length];
        for (int i = 0; i + TL.Count <= x.Length; i += TL.Count)
            TL.Store(VectorTanh.Evaluate<TL, TV>(TL.Load(ref x[i])), ref y[i]);
        return y;
    }

    private static void AssertBitIdentical(double[] x, Func<double[], double[]> vectorized)
    {
        double[] y = vectorized(x);
        int mismatches = 0;
        string first = "";
        for (int i = 0; i < x.Length; i++)
        {
            long expected = BitConverter.DoubleToInt64Bits(DetMath.Tanh(x[i]));
            if (BitConverter.DoubleToInt64Bits(y[i]) == expected) continue;
            if (mismatches++ == 0) first = $"x = {x[i]:R}: {y[i]:R} vs {DetMath.Tanh(x[i]):R}";
        }
        Assert.True(mismatches == 0, $"{mismatches} of {x.Length} lanes differ; first: {first}");
    }

    /// <summary>~6·10^5 points (a multiple of 16, two 8-lane vectors): random over the working range, log-spread magnitudes down
    /// to subnormals, every branch edge (2^-27, 19.1), the points (k − ¼)·ln2/2 where k changes, and specials.</summary>
    private static double[] Points()
    {
        var points = new List<double>
        {
            0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon,
            double.MaxValue, double.MinValue, 19.1, -19.1, Math.BitDecrement(19.1), Math.BitIncrement(19.1),
            7.4505805969238281e-09, Math.BitDecrement(7.4505805969238281e-09), Math.BitIncrement(7.4505805969238281e-09),
            -7.4505805969238281e-09, 1.0, -1.0, 0.5, 0.25,
        };
        CounterRng rng = CounterRng.For(7, "test.vector-tanh");
        for (int i = 0; i < 200_000; i++) points.Add(rng.NextUniform(-25, 25));
        for (int i = 0; i < 200_000; i++) points.Add(rng.NextSign() * Math.Pow(2, rng.NextUniform(-1074, 6)));
        for (int k = 1; k <= 56; k++)
            for (int j = -500; j <= 500; j++)
            {
                double edge = (k - 0.25) * 0.34657359027997264; // 2|x| = (k − ¼)·ln 2: where the reduction integer changes
                points.Add(edge + j * Math.ScaleB(edge, -50));
            }
        while (points.Count % 16 != 0) points.Add(rng.NextUniform(-2, 2));
        return [.. points];
    }
}
