namespace Repro.Theory.Numerics.Statistics;

/// <summary>The two candidate growth laws of claim C3: logarithmic (the paper) versus polynomial (prior work).</summary>
public enum GrowthModel
{
    /// <summary>y = a + b·ln n.</summary>
    Logarithmic,

    /// <summary>y = c·n^p.</summary>
    PowerLaw,
}
