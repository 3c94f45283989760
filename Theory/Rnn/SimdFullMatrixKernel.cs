using System.Runtime.CompilerServices;
using Repro.Theory.Numerics;
using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>
/// SIMD kernel of the full-matrix model (v1): the samples of a chunk move through time together, so
/// W·H_{t−1}, Wᵀ·Δ_t and the gradient outer products are register-tiled products with the chunk's
/// samples as one dimension (<see cref="LaneGemm{TL, TV}"/>). Bit-identical to <see cref="FullMatrixKernel"/>.
/// </summary>
/// <remarks>
/// ∂W and ∂U are formed once per chunk, after all δ_t are known, as products over (sample ascending,
/// t descending): the reference's own accumulation order, with the C tile held in registers for
/// the whole n_chunk·T reduction instead of being read and written at every step.
/// </remarks>
internal sealed class SimdFullMatrixKernel<TL, TV> : RnnKernel where TL : ILanes<TV> where TV : struct
{
    public static readonly SimdFullMatrixKernel<TL, TV> Instance = new();

    public override void Prepare(RnnParameters theta, int sequenceLength, KernelScratch scratch)
        => Buffers(theta.Spec, sequenceLength, scratch).Load(theta);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override double Accumulate(RnnParameters theta, Dataset data, int start, int end, LossKind loss,
        double errorScale, RnnParameters? gradient, KernelScratch scratch)
    {
        int steps = data.SequenceLength, d = data.InputDimension, count = end - start;
        ChunkBuffers buf = Buffers(theta.Spec, steps, scratch);
        ReadOnlySpan<double> inputs = data.Inputs.AsSpan(start * steps * d, count * steps * d);
        ForwardChunk(inputs, count, buf);
        double squares = 0;
        for (int s = 0; s < count; s++)
            squares += OutputErrors(buf.Outputs.AsSpan(s * steps, steps), data.TargetsOf(start + s), loss, errorScale,
                buf.OutputError.AsSpan(s * steps, steps));
        if (gradient is not null)
        {
            BackwardChunk(inputs, count, buf);
            buf.AddGradientTo(gradient);
        }
        return squares;
    }

    public override void Forward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength, KernelScratch scratch)
    {
        Prepare(theta, sequenceLength, scratch);
        ChunkBuffers buf = Buffers(theta.Spec, sequenceLength, scratch);
        ForwardChunk(sequence, 1, buf);
        SimdSteps<TL, TV>.CopyOut(buf, 0, scratch);
    }

    /// <summary>A whole chunk's buffers: the samples of a chunk move through time together.</summary>
    private static ChunkBuffers Buffers(RnnSpec spec, int steps, KernelScratch scratch) => scratch.Chunk(spec, steps, GradientEngine.ChunkSize);

    /// <summary>Z_t = U X_t + W H_{t−1} (columns = samples), then σ, σ' and F_t per sample.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ForwardChunk(ReadOnlySpan<double> inputs, int count, ChunkBuffers buf)
    {
        int steps = buf.Steps, stride = buf.Stride, m = buf.Spec.Width, d = buf.Spec.InputDimension;
        int sampleStride = (steps + 1) * stride;
        double inverseSqrtWidth = 1.0 / Math.Sqrt(m);
        VectorPair<TV> scale = PairedLanes<TL, TV>.Splat(buf.Spec.Activation.Scale); // two vectors per tanh call
        for (int s = 0; s < count; s++) SimdSteps<TL, TV>.InputProjection(buf, inputs.Slice(s * steps * d, steps * d), s);
        for (int t = 0; t < steps; t++)
        {
            LaneGemm<TL, TV>.Run(count, stride, 1, m,
                ref buf.RecurrentT[0], 0, stride,
                ref buf.Hidden[t * stride], 0, 1, sampleStride,
                ref buf.Hidden[(t + 1) * stride], sampleStride, accumulate: true);
            for (int s = 0; s < count; s++)
            {
                ref double z = ref buf.Hidden[s * sampleStride + (t + 1) * stride];
                ref double slope = ref buf.Slope[(s * steps + t) * stride];
                for (int l = 0; l < stride; l += PairedLanes<TL, TV>.Count)
                    SimdSteps<PairedLanes<TL, TV>, VectorPair<TV>>.Activate(PairedLanes<TL, TV>.Load(ref Unsafe.Add(ref z, l)), scale,
                        ref Unsafe.Add(ref z, l), ref Unsafe.Add(ref slope, l));
                buf.Outputs[s * steps + t] = SimdSteps<TL, TV>.Output(buf, s, t, inverseSqrtWidth);
            }
        }
    }

    /// <summary>δ_t per sample and E_{t−1} = Wᵀ Δ_t back through time, then ∂W and ∂Uᵀ as two products over all (s, t).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BackwardChunk(ReadOnlySpan<double> inputs, int count, ChunkBuffers buf)
    {
        int steps = buf.Steps, stride = buf.Stride, m = buf.Spec.Width, d = buf.Spec.InputDimension;
        double inverseSqrtWidth = 1.0 / Math.Sqrt(m);
        Array.Clear(buf.Error, 0, count * stride);
        for (int t = steps - 1; t >= 0; t--)
        {
            for (int s = 0; s < count; s++)
            {
                TV injected = TL.Splat(buf.OutputError[s * steps + t] * inverseSqrtWidth);
                ref double error = ref buf.Error[s * stride];
                ref double slope = ref buf.Slope[(s * steps + t) * stride];
                ref double delta = ref buf.Delta[(s * steps + t) * stride];
                for (int l = 0; l < stride; l += TL.Count)
                    TL.Store(SimdSteps<TL, TV>.Delta(TL.Load(ref Unsafe.Add(ref error, l)), injected, ref buf.Signs[l], ref Unsafe.Add(ref slope, l)),
                        ref Unsafe.Add(ref delta, l));
            }
            if (t == 0) break; // E_{−1} is never used
            LaneGemm<TL, TV>.Run(count, stride, 1, m,
                ref buf.Recurrent[0], 0, stride,
                ref buf.Delta[t * stride], 0, 1, steps * stride,
                ref buf.Error[0], stride, accumulate: false);
        }
        LaneGemm<TL, TV>.Run(m, stride, count, steps,
            ref buf.Hidden[(steps - 1) * stride], (steps + 1) * stride, -stride,
            ref buf.Delta[(steps - 1) * stride], steps * stride, -stride, 1,
            ref buf.RecurrentGradient[0], stride, accumulate: false);
        LaneGemm<TL, TV>.Run(d, stride, count, steps,
            ref buf.Delta[(steps - 1) * stride], steps * stride, -stride,
            ref Unsafe.AsRef(in inputs[(steps - 1) * d]), steps * d, -d, 1,
            ref buf.InputGradientT[0], stride, accumulate: false);
    }
}
