using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

public class LinearizationTests
{
    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void DirectionalDerivativeMatchesCentralDifference(ModelKind kind)
    {
        RnnSpec spec = Networks.Spec(kind, m: 6, d: 3, a: 1.3, alpha: 0.9);
        RnnParameters at = Networks.Perturbed(spec, seed: 1), direction = Networks.Perturbed(spec, seed: 2);
        Dataset data = Networks.RandomData(n: 4, steps: 5, d: 3, seed: 3);
        var outputs = new double[4];
        var derivatives = new double[4];
        Linearization.Evaluate(at, direction, data, outputs, derivatives);

        var engine = new GradientEngine(spec, data, LossKind.FinalOutput);
        double[] Shifted(double step)
        {
            RnnParameters p = at.Clone();
            for (int i = 0; i < p.Recurrent.Length; i++) p.Recurrent[i] += step * direction.Recurrent[i];
            for (int i = 0; i < p.Input.Length; i++) p.Input[i] += step * direction.Input[i];
            var f = new double[4];
            engine.FinalOutputs(p, f);
            return f;
        }
        double[] plus = Shifted(1e-5), minus = Shifted(-1e-5), centre = Shifted(0);
        for (int j = 0; j < 4; j++)
        {
            Assert.Equal(centre[j], outputs[j], 14);
            Assert.Equal((plus[j] - minus[j]) / 2e-5, derivatives[j], 1e-7);
        }
    }

    [Fact]
    public void ErrorIsZeroAtTheLinearizationPointAndSecondOrderNearIt()
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal, m: 8, d: 2);
        RnnParameters initial = SymmetricInit.Draw(spec, 4);
        Dataset data = Networks.RandomData(n: 6, steps: 4, d: 2, seed: 8);
        Assert.Equal(0.0, Linearization.MaxError(initial, initial, data));
        RnnParameters direction = Networks.Perturbed(spec, seed: 9);
        double Error(double size)
        {
            RnnParameters moved = initial.Clone();
            for (int i = 0; i < moved.Input.Length; i++) moved.Input[i] += size * (direction.Input[i] - initial.Input[i]);
            return Linearization.MaxError(initial, moved, data);
        }
        double ratio = Error(2e-2) / Error(1e-2);
        Assert.InRange(ratio, 3.6, 4.4);   // halving the step quarters the error: second order
    }
}
