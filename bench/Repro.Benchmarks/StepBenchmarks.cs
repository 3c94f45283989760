using BenchmarkDotNet.Attributes;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Benchmarks;

/// <summary>One full-batch loss-and-gradient evaluation of a fixed network: scalar reference vs SIMD on 1 and 2 threads.</summary>
public abstract class StepBenchmarks(ModelKind kind, int samples, int steps, int inputDimension, int width)
{
    private readonly RnnSpec spec = new(kind, width, inputDimension, new Activation(1.0), recurrentScale: 0.5);
    private readonly Dataset data = new(samples, steps, inputDimension,
        UnitBallInputs.Draw(samples, steps, inputDimension, seed: 1), new double[samples * steps]);
    private Func<double> scalar = null!, simd1 = null!, simd2 = null!;

    [GlobalSetup]
    public void Setup()
    {
        scalar = Engine(KernelPath.ScalarReference, 1);
        simd1 = Engine(KernelPath.Simd, 1);
        simd2 = Engine(KernelPath.Simd, 2);
    }

    [Benchmark(Baseline = true)]
    public double ScalarReference1Thread() => scalar();

    [Benchmark]
    public double Simd1Thread() => simd1();

    [Benchmark]
    public double Simd2Threads() => simd2();

    private Func<double> Engine(KernelPath path, int threads)
    {
        var engine = new GradientEngine(spec, data, LossKind.PerStep, threads, path);
        RnnParameters theta = SymmetricInit.Draw(spec, seed: 1);
        RnnParameters gradient = theta.ZerosLike();
        return () => engine.Evaluate(theta, gradient);
    }
}
