using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Repro.Theory.Numerics;

namespace Repro.Theory.Targets;

/// <summary>
/// The teacher's atoms θ_k = (w_k, u_k) and transports v(θ_k), laid out atom-minor (coordinate c
/// of atom k at [c·P + k], P = M rounded up to 8; padding atoms have v = 0 and add exactly 0),
/// and the directional derivative Σ_k ⟨v(θ_k), ∇_θ h_t(X; θ_k)⟩ as one forward-mode tangent per
/// atom: δh_t = σ'(z_t)·(v_w·h_{t−1} + w·δh_{t−1} + ⟨v_u, x_t⟩).
/// </summary>
/// <remarks>
/// Atom k's tangent goes to partial sum k mod 8 (in increasing k) and the eight partials are added
/// as ((p0+p1)+(p2+p3))+((p4+p5)+(p6+p7)), as in the output layer; every lane runs the same
/// operations (FMA at the same places, <see cref="VectorTanh"/> = <see cref="DetMath.Tanh(double)"/>),
/// so the 8-lane, 4-lane and scalar paths give the same bits on every machine.
/// </remarks>
internal sealed class TeacherAtoms
{
    public const int Lanes = 8;

    private readonly double[] recurrent, input, transportW, transportU;

    public TeacherAtoms(int count, int inputDimension, double activationScale)
    {
        Count = count;
        InputDimension = inputDimension;
        ActivationScale = activationScale;
        Padded = (count + Lanes - 1) / Lanes * Lanes;
        recurrent = new double[Padded];
        transportW = new double[Padded];
        input = new double[Padded * inputDimension];
        transportU = new double[Padded * inputDimension];
    }

    public int Count { get; }

    public int Padded { get; }

    public int InputDimension { get; }

    public double ActivationScale { get; }

    public void Set(int k, ReadOnlySpan<double> theta, ReadOnlySpan<double> v)
    {
        recurrent[k] = theta[0];
        transportW[k] = v[0];
        for (int c = 0; c < InputDimension; c++)
        {
            input[c * Padded + k] = theta[1 + c];
            transportU[c * Padded + k] = v[1 + c];
        }
    }

    /// <summary>θ_k = (w_k, u_k).</summary>
    public void Atom(int k, Span<double> theta)
    {
        theta[0] = recurrent[k];
        for (int c = 0; c < InputDimension; c++) theta[1 + c] = input[c * Padded + k];
    }

    /// <summary>v(θ_k) = (v_w, v_u).</summary>
    public void Transport(int k, Span<double> v)
    {
        v[0] = transportW[k];
        for (int c = 0; c < InputDimension; c++) v[1 + c] = transportU[c * Padded + k];
    }

    /// <summary>
    /// sums[t] = Σ_{k ∈ [start, end)} ⟨v(θ_k), ∇_θ h_{t+1}(X; θ_k)⟩ for one sequence; start and end multiples of 8.
    /// </summary>
    public void Directional(ReadOnlySpan<double> sequence, int steps, int start, int end, Span<double> sums)
    {
        double[] partial = new double[steps * Lanes];
        if (Vector512.IsHardwareAccelerated) Accumulate<Lanes512, Vector512<double>>(sequence, steps, start, end, partial);
        else if (Vector256.IsHardwareAccelerated) Accumulate<Lanes256, Vector256<double>>(sequence, steps, start, end, partial);
        else AccumulateScalar(sequence, steps, start, end, partial);
        Combine(partial, steps, sums);
    }

    /// <summary>
    /// tangents[k] = ⟨v(θ_k), ∇_θ h_T(X; θ_k)⟩ at the last step T = <paramref name="steps"/>, for every atom k &lt; <see cref="Padded"/>
    /// (padding atoms give exactly 0): each atom's own feature, so that a caller can sum any prefix of atoms in its own order.
    /// </summary>
    public void FinalTangents(ReadOnlySpan<double> sequence, int steps, Span<double> tangents)
    {
        if (tangents.Length < Padded) throw new ArgumentException($"needs room for {Padded} tangents.", nameof(tangents));
        if (Vector512.IsHardwareAccelerated) Final<Lanes512, Vector512<double>>(sequence, steps, tangents);
        else if (Vector256.IsHardwareAccelerated) Final<Lanes256, Vector256<double>>(sequence, steps, tangents);
        else FinalScalar(sequence, steps, tangents);
    }

    /// <summary>The scalar path of <see cref="FinalTangents"/>, for the test that all paths agree bit for bit.</summary>
    internal void FinalTangentsScalar(ReadOnlySpan<double> sequence, int steps, Span<double> tangents) => FinalScalar(sequence, steps, tangents);

    private static void Combine(double[] partial, int steps, Span<double> sums)
    {
        for (int t = 0; t < steps; t++)
        {
            ReadOnlySpan<double> p = partial.AsSpan(t * Lanes, Lanes);
            sums[t] = ((p[0] + p[1]) + (p[2] + p[3])) + ((p[4] + p[5]) + (p[6] + p[7]));
        }
    }

    private void Accumulate<TL, TV>(ReadOnlySpan<double> sequence, int steps, int start, int end, double[] partial)
        where TL : ILanes<TV> where TV : struct
    {
        for (int k = start; k < end; k += TL.Count)
        {
            TV h = TL.Splat(0.0), dh = TL.Splat(0.0);
            int lane = k % Lanes;
            for (int t = 0; t < steps; t++)
            {
                Step<TL, TV>(sequence, t, k, ref h, ref dh);
                ref double target = ref partial[t * Lanes + lane];
                TL.Store(TL.Add(TL.Load(ref target), dh), ref target);
            }
        }
    }

    private void Final<TL, TV>(ReadOnlySpan<double> sequence, int steps, Span<double> tangents)
        where TL : ILanes<TV> where TV : struct
    {
        for (int k = 0; k < Padded; k += TL.Count)
        {
            TV h = TL.Splat(0.0), dh = TL.Splat(0.0);
            for (int t = 0; t < steps; t++) Step<TL, TV>(sequence, t, k, ref h, ref dh);
            TL.Store(dh, ref tangents[k]);
        }
    }

    /// <summary>One step of the tangent recursion for the atoms k … k + lanes − 1: (h, δh) at t from (h, δh) at t − 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Step<TL, TV>(ReadOnlySpan<double> sequence, int t, int k, ref TV h, ref TV dh)
        where TL : ILanes<TV> where TV : struct
    {
        int d = InputDimension;
        ReadOnlySpan<double> x = sequence.Slice(t * d, d);
        TV ux = TL.Splat(0.0), vux = TL.Splat(0.0);
        for (int c = 0; c < d; c++)
        {
            TV xc = TL.Splat(x[c]);
            ux = TL.FusedMultiplyAdd(TL.Load(ref input[c * Padded + k]), xc, ux);
            vux = TL.FusedMultiplyAdd(TL.Load(ref transportU[c * Padded + k]), xc, vux);
        }
        TV w = TL.Load(ref recurrent[k]), vw = TL.Load(ref transportW[k]);
        TV z = TL.FusedMultiplyAdd(w, h, ux);
        TV dz = TL.FusedMultiplyAdd(vw, h, TL.FusedMultiplyAdd(w, dh, vux));
        TV th = VectorTanh.Evaluate<TL, TV>(z);
        TV scale = TL.Splat(ActivationScale);
        TV slope = TL.Multiply(scale, TL.Subtract(TL.Splat(1.0), TL.Multiply(th, th)));
        dh = TL.Multiply(slope, dz);
        h = TL.Multiply(scale, th);
    }

    private void AccumulateScalar(ReadOnlySpan<double> sequence, int steps, int start, int end, double[] partial)
    {
        for (int k = start; k < end; k++)
        {
            double h = 0, dh = 0;
            for (int t = 0; t < steps; t++)
            {
                StepScalar(sequence, t, k, ref h, ref dh);
                partial[t * Lanes + k % Lanes] += dh;
            }
        }
    }

    private void FinalScalar(ReadOnlySpan<double> sequence, int steps, Span<double> tangents)
    {
        for (int k = 0; k < Padded; k++)
        {
            double h = 0, dh = 0;
            for (int t = 0; t < steps; t++) StepScalar(sequence, t, k, ref h, ref dh);
            tangents[k] = dh;
        }
    }

    private void StepScalar(ReadOnlySpan<double> sequence, int t, int k, ref double h, ref double dh)
    {
        int d = InputDimension;
        ReadOnlySpan<double> x = sequence.Slice(t * d, d);
        double ux = 0, vux = 0;
        for (int c = 0; c < d; c++)
        {
            ux = Math.FusedMultiplyAdd(input[c * Padded + k], x[c], ux);
            vux = Math.FusedMultiplyAdd(transportU[c * Padded + k], x[c], vux);
        }
        double z = Math.FusedMultiplyAdd(recurrent[k], h, ux);
        double dz = Math.FusedMultiplyAdd(transportW[k], h, Math.FusedMultiplyAdd(recurrent[k], dh, vux));
        double th = DetMath.Tanh(z);
        dh = ActivationScale * (1.0 - th * th) * dz;
        h = ActivationScale * th;
    }

    /// <summary>The scalar path, for the test that all paths agree bit for bit.</summary>
    internal void DirectionalScalar(ReadOnlySpan<double> sequence, int steps, Span<double> sums)
    {
        double[] partial = new double[steps * Lanes];
        AccumulateScalar(sequence, steps, 0, Padded, partial);
        Combine(partial, steps, sums);
    }
}
