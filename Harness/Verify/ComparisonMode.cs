namespace Repro.Harness.Verify;

/// <summary>How fresh results are compared with recorded ones.</summary>
/// <param name="RelativeTolerance">Null: byte for byte (canonical JSON). Otherwise every number may differ by this fraction of the larger magnitude.</param>
internal sealed record ComparisonMode(double? RelativeTolerance)
{
    public static ComparisonMode Bitwise { get; } = new((double?)null);

    public override string ToString() => RelativeTolerance is double r ? $"relative tolerance {r:G3}" : "bitwise";
}
