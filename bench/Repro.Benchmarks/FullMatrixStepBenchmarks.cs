using BenchmarkDotNet.Attributes;
using Repro.Theory.Rnn;

namespace Repro.Benchmarks;

/// <summary>Full-matrix (v1) loss + gradient at d=8, m=256, T=32 on 64 samples (4 chunks; the `repro bench` shape has 256).</summary>
public class FullMatrixStepBenchmarks
{
    private readonly StepWorkload workload = new(ModelKind.FullMatrix, samples: 64, steps: 32, inputDimension: 8, width: 256);
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
