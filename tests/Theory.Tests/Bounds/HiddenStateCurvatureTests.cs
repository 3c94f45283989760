using Repro.Theory.Bounds;
using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;
using Xunit.Abstractions;

namespace Repro.Theory.Tests.Bounds;

public class HiddenStateCurvatureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void ForwardModeHessianMatchesFiniteDifferencesOfTheGradient(int steps)
    {
        var sigma = new Activation(1.3);
        double[] u = [0.4, -0.9, 0.2], x = UnitBallInputs.Draw(1, steps, 3, seed: 4);
        double w = 0.7;
        double[] g = new double[4], hessian = new double[16], gp = new double[4], gm = new double[4], scratch = new double[16];
        double h = HiddenStateHessian.Evaluate(sigma, w, u, x, g, hessian);
        const double e = 1e-5;
        for (int c = 0; c < 4; c++)
        {
            double[] up = (double[])u.Clone(), um = (double[])u.Clone();
            double wp = w, wm = w;
            if (c == 0) { wp += e; wm -= e; } else { up[c - 1] += e; um[c - 1] -= e; }
            double hp = HiddenStateHessian.Evaluate(sigma, wp, up, x, gp, scratch);
            double hm = HiddenStateHessian.Evaluate(sigma, wm, um, x, gm, scratch);
            Assert.Equal((hp - hm) / (2 * e), g[c], 1e-8);
            for (int r = 0; r < 4; r++) Assert.Equal((gp[r] - gm[r]) / (2 * e), hessian[r * 4 + c], 1e-7);
        }
        Assert.Equal(sigma.Value(ForwardZ(w, u, x)), h, 14);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.5, 1.2)]
    [InlineData(1.2, 1.0)]
    public void HessianNeverExceedsBetaOnRandomAndAdversarialInputs(double a, double omega)
    {
        var sigma = new Activation(a);
        const int d = 3;
        CounterRng rng = CounterRng.For(7, "test.curvature", (long)(100 * a), (long)(100 * omega));
        foreach (int steps in new[] { 1, 2, 3, 6, 12, 30 })
        {
            double beta = new HiddenStateCurvature(sigma.Bound, sigma.Lipschitz, sigma.Smoothness, a * omega, steps).HessianBound;
            double worst = 0;
            double[] g = new double[d + 1], hessian = new double[(d + 1) * (d + 1)], u = new double[d], x = new double[steps * d];
            for (int trial = 0; trial < 300; trial++)
            {
                double w = trial % 3 == 0 ? (trial % 2 == 0 ? omega : -omega) : rng.NextUniform(-omega, omega);
                rng.FillNormal(u);
                double uScale = new[] { 0.05, 0.3, 1.0, 3.0 }[trial % 4];
                for (int c = 0; c < d; c++) u[c] *= uScale;
                rng.FillNormal(x);
                for (int t = 0; t < steps; t++)
                {
                    Span<double> xt = x.AsSpan(t * d, d);
                    // half the trials: x_t on the unit sphere (the worst case scales with ‖x_t‖); the rest inside.
                    double norm = Math.Sqrt(xt[0] * xt[0] + xt[1] * xt[1] + xt[2] * xt[2]);
                    double radius = trial % 2 == 0 ? 1.0 : rng.NextUniform();
                    for (int c = 0; c < d; c++) xt[c] *= radius / norm;
                }
                HiddenStateHessian.Evaluate(sigma, w, u, x, g, hessian);
                worst = Math.Max(worst, HiddenStateHessian.OperatorNorm(hessian, d + 1));
            }
            Assert.True(worst <= beta, $"T = {steps}: ‖H‖ = {worst} > β_T = {beta}");
            if (steps == 1) Assert.True(worst >= 0.99 * beta, "β_1 = σ₂ is attained (x_1 on the sphere, z at the inflection)");
            output.WriteLine($"a = {a}, |w| ≤ {omega}, T = {steps}: max ‖H‖/β_T = {worst / beta:F3} (β_T = {beta:G4})");
        }
    }

    [Fact]
    public void BetaAtLengthOneIsTheActivationsSecondDerivativeBoundAndGrowsWithT()
    {
        var sigma = new Activation(1.0);
        Assert.Equal(sigma.Smoothness, new HiddenStateCurvature(1, 1, sigma.Smoothness, 0.5, 1).HessianBound);
        double previous = 0;
        foreach (int steps in new[] { 1, 2, 4, 8, 16 })
        {
            double beta = new HiddenStateCurvature(1, 1, sigma.Smoothness, 1.0, steps).HessianBound;
            Assert.True(beta > previous);
            previous = beta;
        }
        Assert.True(double.IsPositiveInfinity(HiddenStateCurvature.Diagonal(1, 1, 0.77, 0.5, double.PositiveInfinity, 4, 3).HessianBound));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(8.0)]
    public void LinearizationErrorStaysBelowBetaRhoSquaredOverTwoRootM(double rho)
    {
        const int m = 8, d = 3, steps = 6;
        RnnSpec spec = new(ModelKind.Diagonal, m, d, new Activation(1.0), 0.5);
        Dataset data = new(16, steps, d, UnitBallInputs.Draw(16, steps, d, seed: 3), new double[16 * steps]);
        var curvature = HiddenStateCurvature.Diagonal(1.0, 1.0, spec.Activation.Smoothness, 0.5, rho, m, steps);
        double bound = curvature.LinearizationErrorBound(rho, m), worst = 0;
        var step = new double[d + 1];
        for (ulong seed = 0; seed < 10; seed++)
        {
            RnnParameters initial = SymmetricInit.Draw(spec, seed), moved = initial.Clone();
            CounterRng rng = CounterRng.For(seed, "test.ball");
            for (int i = 0; i < m; i++)
            {
                rng.FillNormal(step);
                double norm = 0;
                foreach (double s in step) norm += s * s;
                double scale = rho / Math.Sqrt(m) / Math.Sqrt(norm) * (seed % 2 == 0 ? 1.0 : rng.NextUniform());
                moved.Recurrent[i] += scale * step[0];
                for (int c = 0; c < d; c++) moved.InputOf(i)[c] += scale * step[1 + c];
            }
            worst = Math.Max(worst, Linearization.MaxError(initial, moved, data));
        }
        Assert.True(worst <= bound, $"{worst} > {bound}");
        output.WriteLine($"ρ = {rho}: max |F − F_lin| = {worst:G4}, bound β_Tρ²/(2√m) = {bound:G4}, slack {worst / bound:G3}");
    }

    private static double ForwardZ(double w, double[] u, double[] x)
    {
        var sigma = new Activation(1.3);
        double h = 0, z = 0;
        for (int t = 0; t < x.Length / 3; t++)
        {
            z = w * h + u[0] * x[3 * t] + u[1] * x[3 * t + 1] + u[2] * x[3 * t + 2];
            h = sigma.Value(z);
        }
        return z;
    }
}
