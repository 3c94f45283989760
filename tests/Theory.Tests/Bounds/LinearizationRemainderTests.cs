using Repro.Theory.Bounds;
using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;
using Xunit.Abstractions;

namespace Repro.Theory.Tests.Bounds;

/// <summary>
/// C6's bound |F − F_lin| ≤ β_Tρ²/(2√m) checked against an independent computation of its derivation: the gap rebuilt
/// neuron by neuron from per-neuron Taylor remainders (values and gradients from <see cref="HiddenStateHessian"/>, not
/// from the forward-mode linearization or the gradient engine the claim measures with), each within ½β_T‖Δ_i‖².
/// </summary>
public class LinearizationRemainderTests(ITestOutputHelper output)
{
    private const int D = 3, Steps = 5, Samples = 12;

    /// <summary>R = h_T(θ + Δ) − h_T(θ) − ⟨∇h_T(θ), Δ⟩ of one neuron on one sequence, and ½ΔᵀHΔ at θ.</summary>
    private static (double Remainder, double Quadratic) Remainder(Activation sigma, double w, double[] u, double dw, double[] du, ReadOnlySpan<double> x)
    {
        double[] g = new double[D + 1], h = new double[(D + 1) * (D + 1)], scratch = new double[D + 1], hScratch = new double[(D + 1) * (D + 1)];
        double at = HiddenStateHessian.Evaluate(sigma, w, u, x, g, h);
        double[] moved = u.Select((v, c) => v + du[c]).ToArray();
        double after = HiddenStateHessian.Evaluate(sigma, w + dw, moved, x, scratch, hScratch);
        double[] delta = [dw, .. du];
        double linear = 0, quadratic = 0;
        for (int r = 0; r <= D; r++)
        {
            linear += g[r] * delta[r];
            for (int c = 0; c <= D; c++) quadratic += 0.5 * delta[r] * h[r * (D + 1) + c] * delta[c];
        }
        return (after - at - linear, quadratic);
    }

    [Theory]
    [InlineData(8, 0.5, 1.0)]
    [InlineData(8, 2.0, 1.0)]
    [InlineData(32, 2.0, 1.0)]
    [InlineData(16, 4.0, 0.7)]
    public void TheGapIsTheSumOfPerNeuronRemaindersEachWithinHalfBetaTimesTheSquaredMove(int m, double rho, double a)
    {
        var sigma = new Activation(a);
        const double alpha = 0.5;
        RnnSpec spec = new(ModelKind.Diagonal, m, D, sigma, alpha);
        Dataset data = new(Samples, Steps, D, UnitBallInputs.Draw(Samples, Steps, D, seed: 5), new double[Samples * Steps]);
        var curvature = HiddenStateCurvature.Diagonal(sigma.Bound, sigma.Lipschitz, sigma.Smoothness, alpha, rho, m, Steps);
        double perNeuronLimit = 0.5 * curvature.HessianBound * (rho * rho / m), bound = curvature.LinearizationErrorBound(rho, m);
        Assert.Equal(curvature.HessianBound * rho * rho / (2 * Math.Sqrt(m)), bound, 12);

        RnnParameters initial = SymmetricInit.Draw(spec, 3), moved = initial.Clone();
        CounterRng rng = CounterRng.For(3, "test.remainder.moves");
        var step = new double[D + 1];
        for (int i = 0; i < m; i++)
        {
            // every neuron on its ball's sphere, in its own direction (no twin symmetry, so nothing cancels by design)
            rng.FillNormal(step);
            double scale = rho / Math.Sqrt(m) / Math.Sqrt(step.Sum(s => s * s));
            moved.Recurrent[i] += scale * step[0];
            for (int c = 0; c < D; c++) moved.InputOf(i)[c] += scale * step[1 + c];
        }

        double rebuilt = 0, worstNeuron = 0;
        for (int j = 0; j < Samples; j++)
        {
            double gap = 0;
            for (int i = 0; i < m; i++)
            {
                double[] u = initial.InputOf(i).ToArray(), du = moved.InputOf(i).ToArray().Select((v, c) => v - u[c]).ToArray();
                (double r, _) = Remainder(sigma, initial.Recurrent[i], u, moved.Recurrent[i] - initial.Recurrent[i], du, data.Sequence(j));
                worstNeuron = Math.Max(worstNeuron, Math.Abs(r) / perNeuronLimit);
                gap += initial.OutputSigns[i] * r;
            }
            rebuilt = Math.Max(rebuilt, Math.Abs(gap) / Math.Sqrt(m));
        }
        double measured = Linearization.MaxError(initial, moved, data);
        Assert.Equal(rebuilt, measured, 1e-12 + 1e-9 * rebuilt);
        Assert.True(worstNeuron <= 1, $"a neuron's remainder reached {worstNeuron} × ½β_T‖Δ_i‖²");
        Assert.True(measured <= bound, $"{measured} > {bound}");
        output.WriteLine($"m = {m}, ρ = {rho}, a = {a}: gap {measured:G4} (rebuilt {rebuilt:G4}), bound {bound:G4}, worst neuron |R_i|/(½β_T‖Δ_i‖²) = {worstNeuron:G3}");
    }

    [Fact]
    public void TheRemainderIsTheHessiansQuadraticFormToLeadingOrder()
    {
        var sigma = new Activation(1.0);
        double[] u = [0.3, -0.8, 0.5], direction = [0.6, -0.2, 0.7];
        double[] x = UnitBallInputs.Draw(1, Steps, D, seed: 2);
        double Mismatch(double size)
        {
            (double r, double q) = Remainder(sigma, 0.4, u, 0.5 * size, direction.Select(v => v * size).ToArray(), x);
            return Math.Abs(r - q);
        }
        // R − ½ΔᵀHΔ is third order: halving the move divides the mismatch by ≈ 8.
        Assert.InRange(Mismatch(2e-2) / Mismatch(1e-2), 7.0, 9.0);
    }
}
