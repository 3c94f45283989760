namespace Repro.Theory.Rnn;

/// <summary>Which implementation of the BPTT kernels a <see cref="GradientEngine"/> runs; both give the same bits.</summary>
public enum KernelPath
{
    /// <summary>Vectorized (Vector512 where accelerated, else Vector256, else the reference).</summary>
    Simd,

    /// <summary>The scalar reference kernels (for tests and speed-up measurements).</summary>
    ScalarReference,
}
