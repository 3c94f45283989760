using Repro.Theory.Rnn;

namespace Repro.Benchmarks;

/// <summary>Full-matrix (v1) at d=8, m=256, T=32 on 64 samples (4 chunks; the `repro bench` shape has 256).</summary>
public class FullMatrixStepBenchmarks() : StepBenchmarks(ModelKind.FullMatrix, samples: 64, steps: 32, inputDimension: 8, width: 256);
