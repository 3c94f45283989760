using BenchmarkDotNet.Attributes;
using Repro.Theory.Rnn;

namespace Repro.Benchmarks;

/// <summary>Diagonal (v2) loss + gradient at d=8, m=512, T=64 on 128 samples (8 chunks; the `repro bench` shape has 1024).</summary>
public class DiagonalStepBenchmarks
{
    private readonly StepWorkload workload = new(ModelKind.Diagonal, samples: 128, steps: 64, inputDimension: 8, width: 512);
    private Func<double> scalar = null!, simd1 = null!, simd2 = null!;

    [GlobalSetup]
    public void Setup()
    {
        scalar = workload.Engine(KernelPath.ScalarReference, 1);
        simd1 = workload.Engine(KernelPath.Simd, 1);
        simd2 = workload.Engine(KernelPath.Simd, 2);
    }

    [Benchmark(Baseline = true)]
    public double ScalarReference1Thread() => scalar();

    [Benchmark]
    public double Simd1Thread() => simd1();

    [Benchmark]
    public double Simd2Threads() => simd2();
}
