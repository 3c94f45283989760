namespace Repro.Theory.Rnn;

/// <summary>
/// Per-worker buffers for one sequence: hidden states, activation slopes, the back-propagated
/// error and the outputs. Allocated once per worker so the kernels allocate nothing per step.
/// The SIMD kernels keep their padded chunk buffers here too (created on first use).
/// </summary>
internal sealed class KernelScratch
{
    private ChunkBuffers? chunk;

    public KernelScratch(int width, int sequenceLength)
    {
        Hidden = new double[(sequenceLength + 1) * width];
        Slope = new double[sequenceLength * width];
        Error = new double[width];
        NextError = new double[width];
        Outputs = new double[sequenceLength];
        OutputError = new double[sequenceLength];
    }

    /// <summary>h_0 … h_T, each of width m; h_0 = 0.</summary>
    public double[] Hidden { get; }

    /// <summary>σ'(z_1) … σ'(z_T).</summary>
    public double[] Slope { get; }

    /// <summary>∂R̂/∂h_t while walking back in time.</summary>
    public double[] Error { get; }

    /// <summary>∂R̂/∂h_{t−1} being assembled (full-matrix model).</summary>
    public double[] NextError { get; }

    /// <summary>F_1 … F_T for the current sequence.</summary>
    public double[] Outputs { get; }

    /// <summary>∂R̂/∂F_t for the current sequence (zero where the loss does not look).</summary>
    public double[] OutputError { get; }

    /// <summary>The SIMD kernels' buffers for up to <paramref name="samples"/> samples, reused while the shape fits.</summary>
    public ChunkBuffers Chunk(RnnSpec spec, int sequenceLength, int samples)
    {
        if (chunk is null || !chunk.Fits(spec, sequenceLength, samples))
            chunk = new ChunkBuffers(spec, sequenceLength, Math.Max(samples, chunk?.Capacity ?? 0));
        return chunk;
    }
}
