using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Repro.Theory.Numerics;
using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>
/// The loss-and-gradient loop shared by both models: forward a sequence, form the output errors
/// the loss asks for, and hand them to the model's backward pass.
/// </summary>
/// <remarks>
/// Two implementations of each model give the same bits: the scalar reference kernels
/// (<see cref="DiagonalKernel"/>, <see cref="FullMatrixKernel"/>) and the SIMD kernels
/// (<see cref="SimdDiagonalKernel{TL, TV}"/>, <see cref="SimdFullMatrixKernel{TL, TV}"/>), which
/// use FMA at exactly the places the reference does and keep every per-element summation order
/// (see docs/decisions.md, "Bit-identical SIMD kernels").
/// </remarks>
internal abstract class RnnKernel
{
    /// <summary>The fastest kernel this machine runs (SIMD at the widest accelerated width, else the reference).</summary>
    public static RnnKernel For(ModelKind kind) => For(kind, KernelPath.Simd);

    public static RnnKernel For(ModelKind kind, KernelPath path)
    {
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown model kind");
        if (!Enum.IsDefined(path)) throw new ArgumentOutOfRangeException(nameof(path), path, "path must be Simd or ScalarReference.");
        if (path == KernelPath.Simd && Vector512.IsHardwareAccelerated) return Simd<Lanes512, Vector512<double>>(kind);
        if (path == KernelPath.Simd && Vector256.IsHardwareAccelerated) return Simd<Lanes256, Vector256<double>>(kind);
        return kind == ModelKind.Diagonal ? DiagonalKernel.Instance : FullMatrixKernel.Instance;
    }

    /// <summary>The SIMD kernel of one width (tests use both widths on a machine that has both).</summary>
    public static RnnKernel Simd<TL, TV>(ModelKind kind) where TL : ILanes<TV> where TV : struct
        => kind == ModelKind.Diagonal ? SimdDiagonalKernel<TL, TV>.Instance : SimdFullMatrixKernel<TL, TV>.Instance;

    /// <summary>
    /// Readies <paramref name="scratch"/> for <see cref="Accumulate"/> calls on <paramref name="theta"/> (once per
    /// worker per evaluation, not per chunk: the SIMD kernels pack θ into padded, transposed layouts here).
    /// </summary>
    public virtual void Prepare(RnnParameters theta, int sequenceLength, KernelScratch scratch)
    {
    }

    /// <summary>
    /// Adds ∂R̂/∂θ of samples [start, end) to <paramref name="gradient"/> (when not null; the engine
    /// passes a zeroed buffer) and returns Σ_j Σ_t (F_t − y_t)² over the looked-at outputs.
    /// <see cref="Prepare"/> must have been called on this scratch with the same θ.
    /// </summary>
    public abstract double Accumulate(RnnParameters theta, Dataset data, int start, int end, LossKind loss,
        double errorScale, RnnParameters? gradient, KernelScratch scratch);

    /// <summary>
    /// Forwards one sequence: scratch.Outputs gets F_1 … F_T, scratch.Hidden h_0 … h_T and scratch.Slope σ'(z_1) … σ'(z_T).
    /// </summary>
    public abstract void Forward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength, KernelScratch scratch);

    /// <summary>Writes ∂R̂/∂F_t = errorScale·(F_t − y_t) where the loss looks (0 elsewhere) and returns Σ (F_t − y_t)² in t order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected static double OutputErrors(ReadOnlySpan<double> outputs, ReadOnlySpan<double> targets, LossKind loss,
        double errorScale, Span<double> outputError)
    {
        int steps = targets.Length;
        outputError.Clear();
        double squares = 0;
        for (int t = loss == LossKind.FinalOutput ? steps - 1 : 0; t < steps; t++)
        {
            double r = outputs[t] - targets[t];
            squares += r * r;
            outputError[t] = errorScale * r;
        }
        return squares;
    }
}
