using System.Runtime.CompilerServices;
using Repro.Theory.Numerics;
using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>
/// SIMD kernel of the diagonal model (v2), vectorized across neurons; one sample at a time (each
/// sample's tanh rows and δ stay in L2). Bit-identical to <see cref="DiagonalKernel"/>.
/// </summary>
internal sealed class SimdDiagonalKernel<TL, TV> : RnnKernel where TL : ILanes<TV> where TV : struct
{
    public static readonly SimdDiagonalKernel<TL, TV> Instance = new();

    public override void Prepare(RnnParameters theta, int sequenceLength, KernelScratch scratch)
        => Buffers(theta.Spec, sequenceLength, scratch).Load(theta);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override double Accumulate(RnnParameters theta, Dataset data, int start, int end, LossKind loss,
        double errorScale, RnnParameters? gradient, KernelScratch scratch)
    {
        int steps = data.SequenceLength;
        ChunkBuffers buf = Buffers(theta.Spec, steps, scratch);
        if (gradient is not null)
        {
            Array.Clear(buf.RecurrentGradient);
            Array.Clear(buf.InputGradientT);
        }
        double squares = 0;
        for (int j = start; j < end; j++)
        {
            ReadOnlySpan<double> sequence = data.Sequence(j);
            ForwardSample(sequence, buf);
            squares += OutputErrors(buf.Outputs.AsSpan(0, steps), data.TargetsOf(j), loss, errorScale, buf.OutputError.AsSpan(0, steps));
            if (gradient is not null) BackwardSample(sequence, buf);
        }
        if (gradient is not null) buf.AddGradientTo(gradient);
        return squares;
    }

    public override void Forward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength, KernelScratch scratch)
    {
        Prepare(theta, sequenceLength, scratch);
        ChunkBuffers buf = Buffers(theta.Spec, sequenceLength, scratch);
        ForwardSample(sequence, buf);
        CopyOut(buf, scratch);
    }

    /// <summary>One sample's buffers: the diagonal kernel runs samples one by one.</summary>
    private static ChunkBuffers Buffers(RnnSpec spec, int steps, KernelScratch scratch) => scratch.Chunk(spec, steps, 1);

    /// <summary>
    /// z_t = fma(w, h_{t−1}, U x_t), then tanh z_t and F_t, step by step. The rows keep th = tanh z only (h = a·th and
    /// σ' = a(1 − th²) are recomputed where needed, with the same bits): one row per step written and read back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ForwardSample(ReadOnlySpan<double> sequence, ChunkBuffers buf)
    {
        int steps = buf.Steps, stride = buf.Stride;
        double inverseSqrtWidth = 1.0 / Math.Sqrt(buf.Spec.Width);
        // Two vectors per iteration (stride is a multiple of 16 lanes): tanh's two chains run side by side.
        VectorPair<TV> scale = PairedLanes<TL, TV>.Splat(buf.Spec.Activation.Scale);
        SimdSteps<TL, TV>.InputProjection(buf, sequence, 0);
        ref double w = ref buf.Recurrent[0];
        for (int t = 0; t < steps; t++)
        {
            ref double previous = ref buf.Hidden[t * stride];
            ref double current = ref buf.Hidden[(t + 1) * stride];
            for (int l = 0; l < stride; l += PairedLanes<TL, TV>.Count)
            {
                VectorPair<TV> h = PairedLanes<TL, TV>.Multiply(scale, PairedLanes<TL, TV>.Load(ref Unsafe.Add(ref previous, l)));
                VectorPair<TV> z = PairedLanes<TL, TV>.FusedMultiplyAdd(PairedLanes<TL, TV>.Load(ref Unsafe.Add(ref w, l)), h,
                    PairedLanes<TL, TV>.Load(ref Unsafe.Add(ref current, l)));
                PairedLanes<TL, TV>.Store(VectorTanh.Evaluate<PairedLanes<TL, TV>, VectorPair<TV>>(z), ref Unsafe.Add(ref current, l));
            }
            buf.Outputs[t] = OutputLayer.EvaluateScaled<TL, TV>(buf.Hidden.AsSpan((t + 1) * stride, buf.Spec.Width), buf.Signs,
                buf.Spec.Activation.Scale, inverseSqrtWidth);
        }
    }

    /// <summary>Sample 0's outputs, h = a·th and σ' = a(1 − th²) into the unpadded per-sequence scratch.</summary>
    private static void CopyOut(ChunkBuffers buf, KernelScratch scratch)
    {
        int steps = buf.Steps, stride = buf.Stride, m = buf.Spec.Width;
        double a = buf.Spec.Activation.Scale;
        buf.Outputs.AsSpan(0, steps).CopyTo(scratch.Outputs);
        for (int t = 0; t <= steps; t++)
            for (int i = 0; i < m; i++)
            {
                double th = buf.Hidden[t * stride + i];
                scratch.Hidden[t * m + i] = a * th;
                if (t > 0) scratch.Slope[(t - 1) * m + i] = a * (1.0 - th * th);
            }
    }

    /// <summary>δ_t, ∂w and the next error per step; then ∂Uᵀ += Σ_t x_t δ_tᵀ (t descending) as one blocked product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BackwardSample(ReadOnlySpan<double> sequence, ChunkBuffers buf)
    {
        int steps = buf.Steps, stride = buf.Stride, d = buf.Spec.InputDimension;
        double inverseSqrtWidth = 1.0 / Math.Sqrt(buf.Spec.Width);
        ref double w = ref buf.Recurrent[0];
        ref double gw = ref buf.RecurrentGradient[0];
        ref double error = ref buf.Error[0];
        Array.Clear(buf.Error, 0, stride);
        TV scale = TL.Splat(buf.Spec.Activation.Scale);
        for (int t = steps - 1; t >= 0; t--)
        {
            TV injected = TL.Splat(buf.OutputError[t] * inverseSqrtWidth);
            ref double previous = ref buf.Hidden[t * stride];
            ref double current = ref buf.Hidden[(t + 1) * stride]; // read as `previous` one step before: in L1
            ref double delta = ref buf.Delta[t * stride];
            for (int l = 0; l < stride; l += TL.Count)
            {
                TV slope = SimdSteps<TL, TV>.Slope(TL.Load(ref Unsafe.Add(ref current, l)), scale);
                TV dl = SimdSteps<TL, TV>.Delta(TL.Load(ref Unsafe.Add(ref error, l)), injected, ref buf.Signs[l], slope);
                TV h = TL.Multiply(scale, TL.Load(ref Unsafe.Add(ref previous, l)));
                TL.Store(TL.FusedMultiplyAdd(dl, h, TL.Load(ref Unsafe.Add(ref gw, l))), ref Unsafe.Add(ref gw, l));
                TL.Store(TL.Multiply(dl, TL.Load(ref Unsafe.Add(ref w, l))), ref Unsafe.Add(ref error, l));
                TL.Store(dl, ref Unsafe.Add(ref delta, l));
            }
        }
        LaneGemm<TL, TV>.Run(d, stride, 1, steps,
            ref buf.Delta[(steps - 1) * stride], 0, -stride,
            ref Unsafe.AsRef(in sequence[(steps - 1) * d]), 0, -d, 1,
            ref buf.InputGradientT[0], stride, accumulate: true);
    }
}
