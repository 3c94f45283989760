using System.Runtime.Intrinsics;
using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

/// <summary>The SIMD kernels against the scalar reference kernels: the same bits, not merely close.</summary>
public class SimdKernelTests
{
    /// <summary>(m, d, T, n): m not a multiple of any vector width, m = 2, d = 1, T = 1, n not a multiple of the chunk size.</summary>
    public static TheoryData<ModelKind, LossKind, int, int, int, int> Shapes()
    {
        var data = new TheoryData<ModelKind, LossKind, int, int, int, int>();
        foreach (ModelKind kind in Enum.GetValues<ModelKind>())
            foreach (LossKind loss in Enum.GetValues<LossKind>())
            {
                data.Add(kind, loss, 2, 1, 1, 1);
                data.Add(kind, loss, 6, 3, 5, 7);
                data.Add(kind, loss, 18, 1, 4, 33);
                data.Add(kind, loss, 22, 5, 3, 17);
                data.Add(kind, loss, 32, 8, 6, 16);
                data.Add(kind, loss, 34, 2, 9, 21);
            }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void LossAndGradient_AreBitIdenticalToTheReference(ModelKind kind, LossKind loss, int m, int d, int steps, int n)
    {
        (RnnSpec spec, RnnParameters theta, Dataset data) = Problem(kind, m, d, steps, n);
        (double expectedLoss, RnnParameters expected) = Evaluate(new GradientEngine(spec, data, loss, 1, KernelPath.ScalarReference), theta);
        foreach (RnnKernel kernel in SimdKernels(kind))
        {
            (double actualLoss, RnnParameters actual) = Evaluate(new GradientEngine(spec, data, loss, 1, kernel), theta);
            AssertBits(expectedLoss, actualLoss, "loss");
            AssertBits(expected.Recurrent, actual.Recurrent, "∂recurrent");
            AssertBits(expected.Input, actual.Input, "∂input");
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ForwardOutputsAndStates_AreBitIdenticalToTheReference(ModelKind kind, LossKind loss, int m, int d, int steps, int n)
    {
        _ = loss;
        (RnnSpec spec, RnnParameters theta, Dataset data) = Problem(kind, m, d, steps, n);
        RnnKernel reference = RnnKernel.For(kind, KernelPath.ScalarReference);
        var expected = new KernelScratch(m, steps);
        var actual = new KernelScratch(m, steps);
        foreach (RnnKernel kernel in SimdKernels(kind))
            for (int j = 0; j < n; j++)
            {
                reference.Forward(theta, data.Sequence(j), steps, expected);
                kernel.Forward(theta, data.Sequence(j), steps, actual);
                AssertBits(expected.Outputs, actual.Outputs, "F");
                AssertBits(expected.Hidden, actual.Hidden, "h");
                AssertBits(expected.Slope, actual.Slope, "σ'");
            }
        var finalExpected = new double[n];
        var finalActual = new double[n];
        new GradientEngine(spec, data, LossKind.FinalOutput, 1, KernelPath.ScalarReference).FinalOutputs(theta, finalExpected);
        new GradientEngine(spec, data, LossKind.FinalOutput).FinalOutputs(theta, finalActual);
        AssertBits(finalExpected, finalActual, "final outputs");
    }

    [Theory]
    [InlineData(ModelKind.Diagonal, 38)]
    [InlineData(ModelKind.FullMatrix, 20)]
    public void OneAndTwoThreads_AreBitIdentical(ModelKind kind, int m)
    {
        (RnnSpec spec, RnnParameters theta, Dataset data) = Problem(kind, m, 3, 6, 53);
        foreach (LossKind loss in Enum.GetValues<LossKind>())
        {
            (double loss1, RnnParameters one) = Evaluate(new GradientEngine(spec, data, loss, parallelism: 1), theta);
            (double loss2, RnnParameters two) = Evaluate(new GradientEngine(spec, data, loss, parallelism: 2), theta);
            AssertBits(loss1, loss2, "loss");
            AssertBits(one.Recurrent, two.Recurrent, "∂recurrent");
            AssertBits(one.Input, two.Input, "∂input");
        }
    }

    [Fact]
    public void OutputLayer_VectorAndScalarGroupingAgree()
    {
        CounterRng rng = CounterRng.For(5, "test.output-layer");
        foreach (int m in new[] { 2, 4, 14, 16, 18, 30, 46, 64, 130 })
        {
            var h = new double[m];
            var c = new double[m + 16];
            for (int i = 0; i < m; i++) h[i] = rng.NextNormal();
            for (int i = 0; i < m; i++) c[i] = rng.NextSign();
            double scalar = OutputLayer.Evaluate(h, c, 0.3);
            AssertBits(scalar, OutputLayer.Evaluate<Lanes256, Vector256<double>>(h, c, 0.3), $"m={m} (256)");
            if (Vector512.IsHardwareAccelerated)
                AssertBits(scalar, OutputLayer.Evaluate<Lanes512, Vector512<double>>(h, c, 0.3), $"m={m} (512)");
        }
    }

    /// <summary>Both widths where this machine accelerates them (the test then proves width-independence too).</summary>
    private static IEnumerable<RnnKernel> SimdKernels(ModelKind kind)
    {
        yield return RnnKernel.Simd<Lanes256, Vector256<double>>(kind);
        if (Vector512.IsHardwareAccelerated) yield return RnnKernel.Simd<Lanes512, Vector512<double>>(kind);
    }

    private static (RnnSpec, RnnParameters, Dataset) Problem(ModelKind kind, int m, int d, int steps, int n)
    {
        RnnSpec spec = Networks.Spec(kind, m, d, a: 1.3, alpha: 0.9);
        return (spec, Networks.Perturbed(spec, seed: (ulong)(m * 31 + d)), Networks.RandomData(n, steps, d, seed: (ulong)(n + steps)));
    }

    private static (double, RnnParameters) Evaluate(GradientEngine engine, RnnParameters theta)
    {
        RnnParameters gradient = theta.ZerosLike();
        double loss = engine.Evaluate(theta, gradient);
        return (loss, gradient);
    }

    private static void AssertBits(double expected, double actual, string what)
        => Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"{what}: {actual:R} vs reference {expected:R}");

    private static void AssertBits(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) AssertBits(expected[i], actual[i], $"{what}[{i}]");
    }
}
