using Repro.Theory.Bounds;
using Repro.Theory.Numerics;
using Repro.Theory.Rnn;

namespace Repro.Theory.Tests.Bounds;

/// <summary>
/// Every constant that enters a bound, checked against an independent computation from the object it
/// describes (issue 12): a wrong constant would be a wrong verdict. The teacher's ν̄ = sup over its
/// atoms is checked in TeacherReachTests.
/// </summary>
public class ConstantChecksTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(1.2)]
    public void ActivationConstantsAreTheSupremaOfATanhAndItsDerivatives(double a)
    {
        // Dense sampling with Math.Tanh and central differences: nothing from Activation but its scale.
        double value = 0, first = 0, second = 0;
        const double step = 1e-4, e = 1e-4;
        for (double z = -25; z <= 25; z += step)
        {
            double f(double s) => a * Math.Tanh(s);
            value = Math.Max(value, Math.Abs(f(z)));
            first = Math.Max(first, Math.Abs((f(z + e) - f(z - e)) / (2 * e)));
            second = Math.Max(second, Math.Abs((f(z + e) - 2 * f(z) + f(z - e)) / (e * e)));
        }
        var sigma = new Activation(a);
        Assert.Equal(value, sigma.Bound, 1e-12);
        Assert.Equal(first, sigma.Lipschitz, 1e-7);
        Assert.Equal(second, sigma.Smoothness, 1e-6);
        Assert.Equal(4 * a / (3 * Math.Sqrt(3)), sigma.Smoothness, 1e-15);
    }

    [Theory]
    [InlineData(1.0, 0.5, 8)]
    [InlineData(0.5, 1.0, 20)]
    [InlineData(1.2, 1.0, 64)]
    public void StepSizeIsItsFormulaWithTheMemoryFactorSummedTermByTerm(double a, double alpha, int steps)
    {
        var sigma = new Activation(a);
        double lambda = sigma.Lipschitz * alpha, memory = 0;
        for (int k = 0; k < steps; k++) memory += Math.Pow(lambda, k);
        double expected = PaperConstants.StepSizeScale / (a * a * memory * memory * (1 + a * a));
        double actual = PredictedShapes.StepSize(sigma.Bound, sigma.Lipschitz, MemoryFactor.Evaluate(lambda, steps));
        Assert.Equal(expected, actual, expected * 1e-12);
    }

    [Theory]
    [InlineData(ModelKind.Diagonal, 0.7)]
    [InlineData(ModelKind.FullMatrix, 2.5)]
    public void ProjectionRadiusIsTheLargestDisplacementTheProjectionAllows(ModelKind kind, double rho)
    {
        RnnSpec spec = new(kind, 8, 3, new Activation(1.0), 0.5);
        RnnParameters initial = SymmetricInit.Draw(spec, 2), theta = initial.Clone();
        CounterRng rng = CounterRng.For(3, "test.far");
        for (int k = 0; k < theta.Recurrent.Length; k++) theta.Recurrent[k] += 10 * rng.NextNormal();
        for (int k = 0; k < theta.Input.Length; k++) theta.Input[k] += 10 * rng.NextNormal();
        var projection = new MaxNormProjection(initial, rho);
        projection.Apply(theta);
        // Independently: √m·‖θ_i − θ_i(0)‖ of every neuron, all far outside before, so all on the sphere now.
        for (int i = 0; i < spec.Width; i++)
        {
            double squares = 0;
            for (int k = 0; k < theta.RecurrentOf(i).Length; k++) squares += Math.Pow(theta.RecurrentOf(i)[k] - initial.RecurrentOf(i)[k], 2);
            for (int k = 0; k < spec.InputDimension; k++) squares += Math.Pow(theta.InputOf(i)[k] - initial.InputOf(i)[k], 2);
            Assert.Equal(rho, Math.Sqrt(spec.Width * squares), 1e-12);
        }
        Assert.Equal(rho, projection.MaxScaledDeviation(theta), 1e-12);
        Assert.Equal(rho / Math.Sqrt(spec.Width), projection.NeuronRadius, 1e-15);
    }
}
