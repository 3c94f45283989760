namespace Repro.Theory.Numerics;

/// <summary>Two vectors of one width, handled as one by <see cref="PairedLanes{TL, TV}"/>: Low holds the first lanes.</summary>
internal readonly struct VectorPair<TV>(TV low, TV high) where TV : struct
{
    public readonly TV Low = low;

    public readonly TV High = high;
}
