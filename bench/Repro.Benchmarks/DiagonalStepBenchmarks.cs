using Repro.Theory.Rnn;

namespace Repro.Benchmarks;

/// <summary>Diagonal (v2) at d=8, m=512, T=64 on 128 samples (8 chunks; the `repro bench` shape has 1024).</summary>
public class DiagonalStepBenchmarks() : StepBenchmarks(ModelKind.Diagonal, samples: 128, steps: 64, inputDimension: 8, width: 512);
