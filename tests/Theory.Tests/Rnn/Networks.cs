using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

/// <summary>Small networks and datasets for tests.</summary>
internal static class Networks
{
    public static RnnSpec Spec(ModelKind kind, int m = 6, int d = 3, double a = 1.0, double alpha = 0.5)
        => new(kind, m, d, new Activation(a), alpha);

    /// <summary>A symmetric init moved off its symmetric point, so gradients are generic.</summary>
    public static RnnParameters Perturbed(RnnSpec spec, ulong seed, double size = 0.3)
    {
        RnnParameters theta = SymmetricInit.Draw(spec, seed);
        CounterRng rng = CounterRng.For(seed, "test.perturb");
        for (int i = 0; i < theta.Recurrent.Length; i++) theta.Recurrent[i] += size * rng.NextNormal() / Math.Sqrt(spec.Width);
        for (int i = 0; i < theta.Input.Length; i++) theta.Input[i] += size * rng.NextNormal();
        return theta;
    }

    /// <summary>Unit-ball inputs with random targets (any targets will do for gradient checks).</summary>
    public static Dataset RandomData(int n, int steps, int d, ulong seed)
    {
        double[] inputs = UnitBallInputs.Draw(n, steps, d, seed);
        var targets = new double[n * steps];
        CounterRng rng = CounterRng.For(seed, "test.targets");
        for (int i = 0; i < targets.Length; i++) targets[i] = rng.NextNormal();
        return new Dataset(n, steps, d, inputs, targets);
    }
}
