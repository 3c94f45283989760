using MathNet.Numerics.LinearAlgebra;
using Repro.Theory.Bounds;
using Repro.Theory.Numerics;

namespace Repro.Theory.Tests.Bounds;

public class SpectralNormTests
{
    [Fact]
    public void DiagonalMatrixGivesLargestMagnitude()
    {
        double[] w = [3, 0, 0, 0, -5, 0, 0, 0, 1];
        Assert.Equal(5.0, SpectralNorm.PowerIteration(w, 3), 1e-10);
        Assert.True(SpectralNorm.UpperBound(w, 3) >= 5.0);
    }

    [Fact]
    public void RankOneMatrixGivesProductOfNorms()
    {
        double[] u = [1, 2, 2], v = [3, 4, 0]; // ‖u‖ = 3, ‖v‖ = 5
        var w = new double[9];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) w[i * 3 + j] = u[i] * v[j];
        Assert.Equal(15.0, SpectralNorm.PowerIteration(w, 3), 1e-12);
    }

    [Fact]
    public void GaussianMatrixAgreesWithSvdFromBelowAndIsDeterministic()
    {
        const int m = 32;
        var w = new double[m * m];
        CounterRng.For(3, "spectral-norm-test").FillNormal(w);
        for (int i = 0; i < w.Length; i++) w[i] *= 0.9 / Math.Sqrt(m); // N(0, α²/m), α = 0.9
        double truth = Matrix<double>.Build.Dense(m, m, (i, j) => w[i * m + j]).L2Norm();

        double estimate = SpectralNorm.PowerIteration(w, m);
        Assert.True(estimate <= truth * (1 + 1e-12), $"{estimate} > {truth}");
        Assert.True(estimate >= truth * (1 - 1e-6), $"{estimate} ≪ {truth}");
        Assert.Equal(estimate, SpectralNorm.PowerIteration(w, m)); // bit-identical
        Assert.True(SpectralNorm.UpperBound(w, m) >= truth);
    }

    [Fact]
    public void ZeroMatrixAndBadShapes()
    {
        Assert.Equal(0.0, SpectralNorm.PowerIteration(new double[16], 4));
        Assert.Throws<ArgumentException>(() => SpectralNorm.PowerIteration(new double[15], 4));
    }
}
