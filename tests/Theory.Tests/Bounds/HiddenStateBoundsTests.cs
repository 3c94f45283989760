using Repro.Theory.Bounds;

namespace Repro.Theory.Tests.Bounds;

public class HiddenStateBoundsTests
{
    [Fact]
    public void DiagonalBoundsMatchHandComputation()
    {
        // σ₀ = σ₁ = 2, α = 0.3, ρ = 0.4, m = 16: λ = 2·(0.3 + 0.4/4) = 0.8; S_3 = 2.44, S_2 = 1.8.
        var b = HiddenStateBounds.Diagonal(2, 2, 0.3, 0.4, 16, 3);
        Assert.Equal(0.8, b.Lambda, 1e-15);
        Assert.Equal(2 * 2.44, b.InputWeightBound, 1e-13);
        Assert.Equal(2 * 2 * 1.8, b.RecurrentWeightBound, 1e-13);
        Assert.Equal(Math.Sqrt(4.88 * 4.88 + 7.2 * 7.2), b.ParameterGradientBound, 1e-12);
        Assert.Equal(MemoryRegime.Contracting, b.Regime);
    }

    [Fact]
    public void ExposesTheBoundsForSigmaLambdaAndT()
    {
        var b = new HiddenStateBounds(Sigma0: 1.5, Sigma1: 0.5, Lambda: 1.0, SequenceLength: 10);
        Assert.Equal(0.5 * 10, b.InputWeightBound);
        Assert.Equal(1.5 * 0.5 * 9, b.RecurrentWeightBound);
    }

    [Fact]
    public void RecurrentBoundVanishesForOneStepAndInfiniteRadiusIsVacuous()
    {
        var one = HiddenStateBounds.Diagonal(1, 1, 0.5, double.PositiveInfinity, 8, 1);
        Assert.Equal(double.PositiveInfinity, one.Lambda);
        Assert.Equal(1.0, one.InputWeightBound);   // h_1 = σ(⟨u, x_1⟩): w does not enter
        Assert.Equal(0.0, one.RecurrentWeightBound); // h_0 = 0
        var many = HiddenStateBounds.Diagonal(1, 1, 0.5, double.PositiveInfinity, 8, 5);
        Assert.Equal(double.PositiveInfinity, many.InputWeightBound);
        Assert.Equal(double.PositiveInfinity, many.RecurrentWeightBound);
    }

    [Fact]
    public void FullMatrixCarriesTheStateNormFactor()
    {
        var b = HiddenStateBounds.FullMatrix(sigma0: 1, sigma1: 1, spectralNorm: 0.5, width: 64, sequenceLength: 4);
        Assert.Equal(8.0, b.StateNormFactor);
        Assert.Equal(MemoryFactor.Evaluate(0.5, 4), b.InputWeightBound);
        Assert.Equal(8.0 * MemoryFactor.Evaluate(0.5, 3), b.RecurrentWeightBound);
        Assert.Equal(2.0 * (0.7 + 0.3), HiddenStateBounds.FullMatrixLambdaInBall(2.0, 0.7, 0.3), 1e-15);
        Assert.Equal(double.PositiveInfinity, HiddenStateBounds.FullMatrixLambdaInBall(2.0, 0.7, double.PositiveInfinity));
    }

    [Fact]
    public void RejectsInvalidArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HiddenStateBounds.DiagonalLambda(0, 1, 1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => HiddenStateBounds.DiagonalLambda(1, -1, 1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => HiddenStateBounds.DiagonalLambda(1, 1, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => HiddenStateBounds.FullMatrixLambda(1, double.NaN));
    }

    /// <summary>
    /// A self-check of the derivation on one scalar neuron h_t = a·tanh(w h_{t−1} + ⟨u, x_t⟩)
    /// (σ₀ = σ₁ = a), with exact forward-mode derivatives: the bounds hold on random inputs with
    /// ‖x_t‖ ≤ 1, and are nearly attained where the derivation is tight (small pre-activations,
    /// w &gt; 0, aligned inputs).
    /// </summary>
    [Fact]
    public void BoundsHoldAndAreNearlyTightOnAScalarTanhNeuron()
    {
        var rng = Repro.Theory.Numerics.CounterRng.For(7, "hidden-state-bounds-test");
        const int d = 3;
        for (int trial = 0; trial < 200; trial++)
        {
            double a = 0.5 + 1.5 * rng.NextUniform();
            double w = rng.NextUniform(-1.2, 1.2);
            var u = new double[d];
            for (int k = 0; k < d; k++) u[k] = rng.NextNormal();
            int t = 1 + (int)(rng.NextUniform() * 12);
            var xs = new double[t][];
            for (int s = 0; s < t; s++)
            {
                var x = new double[d];
                for (int k = 0; k < d; k++) x[k] = rng.NextNormal();
                double norm = Math.Sqrt(x.Sum(v => v * v));
                double radius = rng.NextUniform();
                for (int k = 0; k < d; k++) x[k] *= radius / norm;
                xs[s] = x;
            }
            (double du, double dw) = Derivatives(a, w, u, xs);
            var b = new HiddenStateBounds(a, a, a * Math.Abs(w), t);
            Assert.True(du <= b.InputWeightBound * (1 + 1e-12), $"trial {trial}: {du} > {b.InputWeightBound}");
            Assert.True(dw <= b.RecurrentWeightBound * (1 + 1e-12), $"trial {trial}: {dw} > {b.RecurrentWeightBound}");
        }

        // Tight case: tiny u keeps tanh' ≈ 1, x_t = e_1 keeps the input gradient aligned.
        var tight = Enumerable.Range(0, 10).Select(_ => new[] { 1.0, 0, 0 }).ToArray();
        (double duTight, _) = Derivatives(1.0, 0.9, [1e-6, 0, 0], tight);
        Assert.True(duTight >= 0.999 * new HiddenStateBounds(1, 1, 0.9, 10).InputWeightBound);
    }

    private static (double InputNorm, double Recurrent) Derivatives(double a, double w, double[] u, double[][] xs)
    {
        int d = u.Length;
        double h = 0, dhdw = 0;
        var dhdu = new double[d];
        foreach (var x in xs)
        {
            double z = w * h;
            for (int k = 0; k < d; k++) z += u[k] * x[k];
            double th = Math.Tanh(z);
            double slope = a * (1 - th * th);
            double nextDw = slope * (h + w * dhdw);
            for (int k = 0; k < d; k++) dhdu[k] = slope * (w * dhdu[k] + x[k]);
            dhdw = nextDw;
            h = a * th;
        }
        return (Math.Sqrt(dhdu.Sum(v => v * v)), Math.Abs(dhdw));
    }
}
