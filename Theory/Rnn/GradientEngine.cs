using System.Runtime.CompilerServices;
using Repro.Theory.Targets;
using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// Full-batch loss and gradient of R̂ over a dataset, parallel across samples and bit-identical
/// whatever the thread count: samples are cut into chunks of a fixed size, each chunk sums into
/// its own buffer, and the chunks are added in chunk order.
/// </summary>
public sealed class GradientEngine
{
    /// <summary>Samples per chunk. Fixed (never derived from the thread count) so that results are too.</summary>
    public const int ChunkSize = 16;

    private readonly RnnKernel kernel;
    private readonly KernelScratch[] scratch;
    private readonly RnnParameters?[] chunkGradients;
    private readonly double[] chunkSquares;
    private readonly int chunkCount;

    public GradientEngine(RnnSpec spec, Dataset data, LossKind loss, int parallelism = 1)
        : this(spec, data, loss, parallelism, KernelPath.Simd)
    {
    }

    /// <summary>An engine on a chosen kernel implementation (both give the same bits; the reference is for tests and benchmarks).</summary>
    public GradientEngine(RnnSpec spec, Dataset data, LossKind loss, int parallelism, KernelPath path)
        : this(spec, data, loss, parallelism, RnnKernel.For(Guard.NotNull(spec).Kind, path))
    {
        Path = path;
    }

    /// <summary>An engine on one given kernel (tests run each SIMD width against the reference).</summary>
    internal GradientEngine(RnnSpec spec, Dataset data, LossKind loss, int parallelism, RnnKernel kernel)
    {
        Spec = Guard.NotNull(spec);
        Data = Guard.NotNull(data);
        if (data.InputDimension != spec.InputDimension)
            throw new ArgumentException($"data has input dimension {data.InputDimension} but the network expects {spec.InputDimension}.", nameof(data));
        Loss = Enum.IsDefined(loss) ? loss : throw new ArgumentOutOfRangeException(nameof(loss), loss, "loss must be FinalOutput or PerStep.");
        chunkCount = (data.SampleCount + ChunkSize - 1) / ChunkSize;
        Parallelism = Math.Min(Guard.AtLeast(parallelism, 1), chunkCount);
        this.kernel = kernel;
        scratch = new KernelScratch[Parallelism];
        for (int p = 0; p < Parallelism; p++) scratch[p] = new KernelScratch(spec.Width, data.SequenceLength);
        chunkGradients = new RnnParameters?[chunkCount];
        chunkSquares = new double[chunkCount];
    }

    public RnnSpec Spec { get; }

    public Dataset Data { get; }

    public LossKind Loss { get; }

    public KernelPath Path { get; } = KernelPath.Simd;

    /// <summary>Worker threads used (never more than the number of chunks).</summary>
    public int Parallelism { get; }

    /// <summary>Outputs per sample that the loss averages over: 1 or T.</summary>
    private int OutputsPerSample => Loss == LossKind.FinalOutput ? 1 : Data.SequenceLength;

    /// <summary>R̂(θ).</summary>
    public double Evaluate(RnnParameters theta) => Run(theta, gradient: null);

    /// <summary>R̂(θ), with ∇R̂(θ) written into <paramref name="gradient"/> (overwritten).</summary>
    public double Evaluate(RnnParameters theta, RnnParameters gradient)
    {
        Guard.NotNull(gradient);
        return Run(theta, gradient);
    }

    /// <summary>F(X_j; θ) for every sample j (after the last step).</summary>
    public void FinalOutputs(RnnParameters theta, Span<double> outputs)
    {
        Guard.Length<double>(outputs, Data.SampleCount);
        KernelScratch s = scratch[0];
        for (int j = 0; j < Data.SampleCount; j++)
        {
            kernel.Forward(theta, Data.Sequence(j), Data.SequenceLength, s);
            outputs[j] = s.Outputs[Data.SequenceLength - 1];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Run(RnnParameters theta, RnnParameters? gradient)
    {
        CheckShape(theta);
        double denominator = (double)Data.SampleCount * OutputsPerSample;
        double errorScale = 1.0 / denominator;
        if (Parallelism == 1)
        {
            kernel.Prepare(theta, Data.SequenceLength, scratch[0]);
            for (int c = 0; c < chunkCount; c++) RunChunk(c, theta, errorScale, gradient is not null, scratch[0]);
        }
        else
        {
            // Buffers are prepared (on the first step: allocated) one worker after the other, so their
            // layout is the same in every run; then workers claim chunks one at a time, so a core slowed
            // by other load takes fewer. Bits are unaffected: each chunk sums into its own buffer and the
            // chunks are added in chunk order. Measurements: docs/decisions.md (2-thread scaling).
            for (int w = 0; w < Parallelism; w++) kernel.Prepare(theta, Data.SequenceLength, scratch[w]);
            int claimed = -1;
            Parallel.For(0, Parallelism, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, worker =>
            {
                for (int c = Interlocked.Increment(ref claimed); c < chunkCount; c = Interlocked.Increment(ref claimed))
                    RunChunk(c, theta, errorScale, gradient is not null, scratch[worker]);
            });
        }

        double squares = 0;
        for (int c = 0; c < chunkCount; c++) squares += chunkSquares[c];
        if (gradient is not null) SumChunkGradients(gradient);
        return 0.5 * squares / denominator;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RunChunk(int chunk, RnnParameters theta, double errorScale, bool withGradient, KernelScratch workerScratch)
    {
        RnnParameters? target = null;
        if (withGradient)
        {
            target = chunkGradients[chunk] ??= theta.ZerosLike();
            Array.Clear(target.Recurrent);
            Array.Clear(target.Input);
        }
        int start = chunk * ChunkSize, end = Math.Min(start + ChunkSize, Data.SampleCount);
        chunkSquares[chunk] = kernel.Accumulate(theta, Data, start, end, Loss, errorScale, target, workerScratch);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumChunkGradients(RnnParameters gradient)
    {
        CheckShape(gradient);
        chunkGradients[0]!.Recurrent.CopyTo(gradient.Recurrent, 0);
        chunkGradients[0]!.Input.CopyTo(gradient.Input, 0);
        for (int c = 1; c < chunkCount; c++)
        {
            Add(gradient.Recurrent, chunkGradients[c]!.Recurrent);
            Add(gradient.Input, chunkGradients[c]!.Input);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(Span<double> into, ReadOnlySpan<double> values)
    {
        for (int i = 0; i < into.Length; i++) into[i] += values[i];
    }

    private void CheckShape(RnnParameters p)
    {
        if (p.Spec.Kind != Spec.Kind || p.Spec.Width != Spec.Width || p.Spec.InputDimension != Spec.InputDimension)
            throw new ArgumentException("parameters do not match the engine's network shape.", nameof(p));
    }
}
