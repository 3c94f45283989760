using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Benchmarks;

/// <summary>One full-batch loss-and-gradient evaluation of a fixed network and dataset.</summary>
public sealed class StepWorkload(ModelKind kind, int samples, int steps, int inputDimension, int width)
{
    private readonly RnnSpec spec = new(kind, width, inputDimension, new Activation(1.0), recurrentScale: 0.5);
    private readonly Dataset data = new(samples, steps, inputDimension,
        UnitBallInputs.Draw(samples, steps, inputDimension, seed: 1), new double[samples * steps]);

    public Func<double> Engine(KernelPath path, int threads)
    {
        var engine = new GradientEngine(spec, data, LossKind.PerStep, threads, path);
        RnnParameters theta = SymmetricInit.Draw(spec, seed: 1);
        RnnParameters gradient = theta.ZerosLike();
        return () => engine.Evaluate(theta, gradient);
    }
}
