using Repro.Theory.Bounds;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Targets;

/// <summary>The v1 teacher from v1's own tangent features (issue 12 item 3): is it sound?</summary>
public class FullMatrixTeacherTests
{
    private const int D = 4;

    private static FullMatrixTeacher Teacher(int width, double lambda, int steps, ulong networkSeed = 5)
        => new(width, lambda, 1.0, new Activation(1.0), D, steps, seed: 5, networkSeed);

    [Fact]
    public void FinalTargetIsTheReferenceNetworksLinearizationAlongTheTransport()
    {
        FullMatrixTeacher teacher = Teacher(16, 0.8, 5);
        double[] x = UnitBallInputs.Draw(6, 5, D, seed: 3);
        Dataset data = teacher.Label(x, 6);
        (RnnParameters reference, RnnParameters transport) = teacher.Linearized();
        double[] outputs = new double[6], slopes = new double[6];
        Linearization.Evaluate(reference, transport, data, outputs, slopes);
        double s = teacher.TransportNorm / teacher.EffectiveTransportNorm;
        for (int j = 0; j < 6; j++) Assert.Equal(slopes[j] / s, data.FinalTarget(j), 1e-12);
        for (int i = 0; i < 16; i++)
        {
            double squares = 0;
            foreach (double c in transport.InputOf(i)) squares += c * c;
            Assert.Equal(teacher.TransportNorm, Math.Sqrt(16 * squares), 1e-12);   // row-wise ‖√M·Δ_i‖ = ν̄
        }
        Assert.All(transport.Recurrent, w => Assert.Equal(0.0, w));
    }

    [Theory]
    [InlineData(0.5, 2)]
    [InlineData(0.5, 8)]
    [InlineData(1.2, 8)]
    public void LambdaIsMatchedAndIndependentReferenceNetworksAgree(double lambda, int steps)
    {
        FullMatrixTeacher a = Teacher(64, lambda, steps, networkSeed: 6), b = Teacher(64, lambda, steps, networkSeed: 7);
        Assert.Equal(lambda, a.Lambda, 1e-6);
        double[] x = UnitBallInputs.Draw(128, steps, D, seed: 9);
        Dataset ya = a.Label(x, 128), yb = b.Label(x, 128);
        double[] fa = new double[128], fb = new double[128];
        for (int j = 0; j < 128; j++) { fa[j] = ya.FinalTarget(j); fb[j] = yb.FinalTarget(j); }
        Assert.True(Correlation(fa, fb) >= 0.95, $"split-half {Correlation(fa, fb)}");
        Assert.InRange(a.EffectiveTransportNorm, 1.0, 6.0);
    }

    [Fact]
    public void StudentComparatorLossFallsWithWidth()
    {
        const int steps = 6, n = 128;
        const double lambda = 0.8;
        FullMatrixTeacher teacher = Teacher(128, lambda, steps);
        Dataset data = teacher.Label(UnitBallInputs.Draw(n, steps, D, seed: 11), n);
        double Loss(int m)
        {
            double sum = 0;
            for (ulong seed = 0; seed < 4; seed++)
            {
                RnnParameters init = SymmetricInit.Draw(new RnnSpec(ModelKind.FullMatrix, m, D, new Activation(1.0), 1.0), seed);
                double scale = lambda / SpectralNorm.PowerIteration(init.Recurrent, m);   // student λ matched too
                for (int k = 0; k < init.Recurrent.Length; k++) init.Recurrent[k] *= scale;
                ComparatorAssessment assessment = TransportedComparator.Assess(init, teacher, data);
                Assert.Equal(teacher.EffectiveTransportNorm, assessment.Displacement, 1e-12);
                sum += assessment.LinearizedRelativeLoss;
            }
            return sum / 4;
        }
        double narrow = Loss(8), wide = Loss(64);
        Assert.True(narrow / wide >= 3.0, $"m = 8: {narrow}, m = 64: {wide}");
        Assert.True(wide <= 0.01, $"m = 64: {wide}");
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), ab = 0, aa = 0, bb = 0;
        for (int j = 0; j < a.Length; j++)
        {
            ab += (a[j] - ma) * (b[j] - mb);
            aa += (a[j] - ma) * (a[j] - ma);
            bb += (b[j] - mb) * (b[j] - mb);
        }
        return ab / Math.Sqrt(aa * bb);
    }
}
