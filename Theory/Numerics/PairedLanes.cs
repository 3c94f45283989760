using System.Runtime.CompilerServices;

namespace Repro.Theory.Numerics;

/// <summary>
/// <see cref="ILanes{TV}"/> over two vectors of <typeparamref name="TL"/> at once: every operation is applied to both
/// halves, so code written once for one vector runs two independent dependency chains side by side.
/// </summary>
/// <remarks>Long chains such as <see cref="VectorTanh"/> are latency-bound on one 256-bit vector (the CPU's
/// scheduler fills with operations waiting on their predecessor); issuing the two halves' operations next to each
/// other gives it two ready operations at every depth. Lane-wise, nothing changes: each lane sees the same
/// operations, so the bits are those of <typeparamref name="TL"/> alone.</remarks>
internal readonly struct PairedLanes<TL, TV> : ILanes<VectorPair<TV>> where TL : ILanes<TV> where TV : struct
{
    public static int Count => 2 * TL.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Load(ref double source) => new(TL.Load(ref source), TL.Load(ref Unsafe.Add(ref source, TL.Count)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(VectorPair<TV> value, ref double destination)
    {
        TL.Store(value.Low, ref destination);
        TL.Store(value.High, ref Unsafe.Add(ref destination, TL.Count));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Splat(double value)
    {
        TV v = TL.Splat(value);
        return new(v, v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Add(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Add(a.Low, b.Low), TL.Add(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Subtract(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Subtract(a.Low, b.Low), TL.Subtract(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Multiply(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Multiply(a.Low, b.Low), TL.Multiply(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Divide(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Divide(a.Low, b.Low), TL.Divide(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> FusedMultiplyAdd(VectorPair<TV> a, VectorPair<TV> b, VectorPair<TV> c)
        => new(TL.FusedMultiplyAdd(a.Low, b.Low, c.Low), TL.FusedMultiplyAdd(a.High, b.High, c.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> LessThan(VectorPair<TV> a, VectorPair<TV> b) => new(TL.LessThan(a.Low, b.Low), TL.LessThan(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> GreaterThanOrEqual(VectorPair<TV> a, VectorPair<TV> b) => new(TL.GreaterThanOrEqual(a.Low, b.Low), TL.GreaterThanOrEqual(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> And(VectorPair<TV> a, VectorPair<TV> b) => new(TL.And(a.Low, b.Low), TL.And(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> AndNot(VectorPair<TV> a, VectorPair<TV> b) => new(TL.AndNot(a.Low, b.Low), TL.AndNot(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Or(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Or(a.Low, b.Low), TL.Or(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Xor(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Xor(a.Low, b.Low), TL.Xor(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Max(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Max(a.Low, b.Low), TL.Max(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Min(VectorPair<TV> a, VectorPair<TV> b) => new(TL.Min(a.Low, b.Low), TL.Min(a.High, b.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Negate(VectorPair<TV> a) => new(TL.Negate(a.Low), TL.Negate(a.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Abs(VectorPair<TV> a) => new(TL.Abs(a.Low), TL.Abs(a.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> IsNotNaN(VectorPair<TV> a) => new(TL.IsNotNaN(a.Low), TL.IsNotNaN(a.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> Select(VectorPair<TV> mask, VectorPair<TV> ifTrue, VectorPair<TV> ifFalse)
        => new(TL.Select(mask.Low, ifTrue.Low, ifFalse.Low), TL.Select(mask.High, ifTrue.High, ifFalse.High));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static VectorPair<TV> PowerOfTwoFromShifted(VectorPair<TV> shifted, double roundShift)
        => new(TL.PowerOfTwoFromShifted(shifted.Low, roundShift), TL.PowerOfTwoFromShifted(shifted.High, roundShift));
}
