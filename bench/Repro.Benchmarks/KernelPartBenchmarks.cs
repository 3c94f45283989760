using BenchmarkDotNet.Attributes;
using Repro.Theory.Rnn;

namespace Repro.Benchmarks;

/// <summary>The two parts that bound the kernels: the W·H product (m=256, one 16-sample chunk) and DetMath-exact tanh.</summary>
public class KernelPartBenchmarks
{
    private readonly KernelProbe productSimd = KernelProbe.RecurrentProduct(256, simd: true);
    private readonly KernelProbe productScalar = KernelProbe.RecurrentProduct(256, simd: false);
    private readonly KernelProbe tanhSimd = KernelProbe.Tanh(4096, simd: true);
    private readonly KernelProbe tanhScalar = KernelProbe.Tanh(4096, simd: false);

    [Benchmark]
    public void RecurrentProductSimd() => productSimd.Run();

    [Benchmark]
    public void RecurrentProductScalar() => productScalar.Run();

    [Benchmark]
    public void Tanh4096Simd() => tanhSimd.Run();

    [Benchmark]
    public void Tanh4096Scalar() => tanhScalar.Run();
}
