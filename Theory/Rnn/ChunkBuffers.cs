using System.Runtime.CompilerServices;
using System.Numerics;

namespace Repro.Theory.Rnn;

/// <summary>
/// Buffers of the SIMD kernels for up to <see cref="Capacity"/> samples, every neuron-indexed row
/// padded to <see cref="Stride"/> lanes (zeros beyond m) so the vector loops have no scalar tails.
/// Allocated once per worker; nothing is allocated per chunk or per step.
/// </summary>
internal sealed class ChunkBuffers
{
    /// <summary>Rows are padded to a multiple of this: 2 vectors of the widest (8-lane) width.</summary>
    public const int LaneMultiple = 16;

    public ChunkBuffers(RnnSpec spec, int steps, int capacity)
    {
        Spec = spec;
        Steps = steps;
        Capacity = capacity;
        int m = spec.Width, d = spec.InputDimension;
        Stride = (m + LaneMultiple - 1) / LaneMultiple * LaneMultiple;
        Hidden = Padded(capacity * (steps + 1) * Stride);
        Slope = Padded(capacity * steps * Stride);
        Delta = Padded(capacity * steps * Stride);
        Error = Padded(capacity * Stride);
        Outputs = new double[capacity * steps];
        OutputError = new double[capacity * steps];
        Signs = Padded(Stride);
        InputT = Padded(d * Stride);
        InputGradientT = Padded(d * Stride);
        int recurrentRows = spec.Kind == ModelKind.Diagonal ? 1 : m;
        Recurrent = Padded(recurrentRows * Stride);
        RecurrentT = spec.Kind == ModelKind.Diagonal ? [] : Padded(m * Stride);
        RecurrentGradient = Padded(recurrentRows * Stride);
    }

    public RnnSpec Spec { get; }

    public int Steps { get; }

    public int Capacity { get; }

    /// <summary>Padded row length (≥ m, a multiple of <see cref="LaneMultiple"/>).</summary>
    public int Stride { get; }

    /// <summary>Per sample s: rows h_0 … h_T (row t at (s·(T+1) + t)·Stride); row t+1 first holds z_t. The diagonal kernel
    /// keeps tanh z_t there instead (h = a·th formed where read).</summary>
    public double[] Hidden { get; }

    /// <summary>Per sample s: σ'(z_1) … σ'(z_T) (row t at (s·T + t)·Stride); the full-matrix kernel's only (the diagonal kernel
    /// recomputes σ' from tanh z; the array is still allocated, so the buffers' 4 KiB offsets stay as measured).</summary>
    public double[] Slope { get; }

    /// <summary>Per sample s: δ_t = ∂R̂/∂z_t, same layout as <see cref="Slope"/>.</summary>
    public double[] Delta { get; }

    /// <summary>Per sample s: ∂R̂/∂h_t while walking back in time (row s).</summary>
    public double[] Error { get; }

    /// <summary>F_t per sample (row s of length T).</summary>
    public double[] Outputs { get; }

    /// <summary>∂R̂/∂F_t per sample (row s of length T).</summary>
    public double[] OutputError { get; }

    /// <summary>c, zero-padded.</summary>
    public double[] Signs { get; }

    /// <summary>Uᵀ (d rows of Stride): row k holds u_{·k}.</summary>
    public double[] InputT { get; }

    /// <summary>(∂R̂/∂U)ᵀ, same layout as <see cref="InputT"/>.</summary>
    public double[] InputGradientT { get; }

    /// <summary>w (1 row) or W (m rows), zero-padded.</summary>
    public double[] Recurrent { get; }

    /// <summary>Wᵀ (m rows; full matrix only).</summary>
    public double[] RecurrentT { get; }

    /// <summary>∂R̂/∂w or ∂R̂/∂W, same layout as <see cref="Recurrent"/>.</summary>
    public double[] RecurrentGradient { get; }

    public bool Fits(RnnSpec spec, int steps, int samples) => spec == Spec && steps == Steps && samples <= Capacity;

    /// <summary>Copies θ into the padded (and transposed) layouts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Load(RnnParameters theta)
    {
        int m = Spec.Width, d = Spec.InputDimension;
        theta.OutputSigns.CopyTo(Signs, 0);
        for (int i = 0; i < m; i++)
            for (int k = 0; k < d; k++) InputT[k * Stride + i] = theta.Input[i * d + k];
        if (Spec.Kind == ModelKind.Diagonal)
        {
            theta.Recurrent.CopyTo(Recurrent, 0);
            return;
        }
        for (int i = 0; i < m; i++)
            for (int k = 0; k < m; k++)
            {
                Recurrent[i * Stride + k] = theta.Recurrent[i * m + k];
                RecurrentT[k * Stride + i] = theta.Recurrent[i * m + k];
            }
    }

    /// <summary>
    /// A zeroed array of at least <paramref name="length"/> doubles, lengthened so that its size is 1088 bytes past
    /// a multiple of 4 KiB: arrays allocated one after another then start at different offsets within a 4 KiB
    /// page instead of a few bytes apart.
    /// </summary>
    /// <remarks>Rows are often a multiple of 4 KiB long (m = 512), so without this a load of one buffer's row t
    /// and an earlier store to another's (δ_t after σ'_t, ∂w after w) share their low 12 address bits: the CPU
    /// then takes the load as dependent on the store (4K aliasing) and stalls it. Measured: −12 to −15% time per
    /// diagonal step (docs/decisions.md). Only the allocation grows; indices and bits are unchanged.</remarks>
    private static double[] Padded(int length)
    {
        const int page = 4096 / sizeof(double), offset = 1088 / sizeof(double);
        return new double[length + ((offset - length % page) % page + page) % page];
    }

    /// <summary>Adds the padded gradient buffers into <paramref name="gradient"/> (unpadding and un-transposing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddGradientTo(RnnParameters gradient)
    {
        int m = Spec.Width, d = Spec.InputDimension, rows = Spec.Kind == ModelKind.Diagonal ? 1 : m;
        for (int i = 0; i < rows; i++) AddInto(gradient.Recurrent.AsSpan(i * m, m), RecurrentGradient.AsSpan(i * Stride, m));
        for (int i = 0; i < m; i++)
            for (int k = 0; k < d; k++) gradient.Input[i * d + k] += InputGradientT[k * Stride + i];
    }

    /// <summary>into[k] += values[k]: lane-wise adds, the same bits at any vector width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddInto(Span<double> into, ReadOnlySpan<double> values)
    {
        int k = 0;
        for (; k + Vector<double>.Count <= into.Length; k += Vector<double>.Count)
            (new Vector<double>(into[k..]) + new Vector<double>(values[k..])).CopyTo(into[k..]);
        for (; k < into.Length; k++) into[k] += values[k];
    }
}
