namespace Repro.Theory.Numerics;

/// <summary>
/// Lane-wise fp64 operations of one SIMD width. Kernels are written once, generic over this
/// interface, and instantiated for <see cref="Lanes512"/> or <see cref="Lanes256"/>; every
/// operation is an IEEE-754 operation applied lane by lane, so the width never changes a bit.
/// </summary>
/// <typeparam name="TV">The vector type (Vector512&lt;double&gt; or Vector256&lt;double&gt;).</typeparam>
internal interface ILanes<TV> where TV : struct
{
    /// <summary>Doubles per vector.</summary>
    static abstract int Count { get; }

    static abstract TV Load(ref double source);

    static abstract void Store(TV value, ref double destination);

    static abstract TV Splat(double value);

    static abstract TV Add(TV a, TV b);

    static abstract TV Subtract(TV a, TV b);

    static abstract TV Multiply(TV a, TV b);

    static abstract TV Divide(TV a, TV b);

    /// <summary>a·b + c with one rounding.</summary>
    static abstract TV FusedMultiplyAdd(TV a, TV b, TV c);

    /// <summary>The larger of a and b, for ordinary operands (NaN lanes: either, depending on the machine; callers discard them).</summary>
    static abstract TV Max(TV a, TV b);

    /// <summary>The smaller of a and b, for ordinary operands (NaN lanes: either, depending on the machine; callers discard them).</summary>
    static abstract TV Min(TV a, TV b);

    /// <summary>Sign bit flipped (exact, also for ±0 and NaN).</summary>
    static abstract TV Negate(TV a);

    /// <summary>Sign bit cleared.</summary>
    static abstract TV Abs(TV a);

    /// <summary>All-ones lanes where a &lt; b (false for NaN).</summary>
    static abstract TV LessThan(TV a, TV b);

    /// <summary>All-ones lanes where a ≥ b (false for NaN).</summary>
    static abstract TV GreaterThanOrEqual(TV a, TV b);

    /// <summary>All-ones lanes where a = a (not NaN).</summary>
    static abstract TV IsNotNaN(TV a);

    /// <summary>Bitwise a AND b (exact; used on sign bits).</summary>
    static abstract TV And(TV a, TV b);

    /// <summary>Bitwise a AND NOT b.</summary>
    static abstract TV AndNot(TV a, TV b);

    /// <summary>Bitwise a OR b.</summary>
    static abstract TV Or(TV a, TV b);

    /// <summary>Bitwise a XOR b.</summary>
    static abstract TV Xor(TV a, TV b);

    /// <summary>Per lane: mask ? ifTrue : ifFalse.</summary>
    static abstract TV Select(TV mask, TV ifTrue, TV ifFalse);

    /// <summary>2^k for lanes holding s = k + 1.5·2^52 exactly (|k| ≤ 1023): integer arithmetic on the bits, exact.</summary>
    static abstract TV PowerOfTwoFromShifted(TV shifted, double roundShift);
}
