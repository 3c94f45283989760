namespace Repro.Theory.Bounds;

/// <summary>
/// Where λ sits relative to the cutoff λ = 1: it decides whether the memory factor S_T(λ),
/// and with it the width and iteration bounds, is bounded, polynomial or exponential in T.
/// </summary>
public enum MemoryRegime
{
    /// <summary>λ &lt; 1: S_T(λ) ≤ 1/(1−λ), bounded in T.</summary>
    Contracting,

    /// <summary>λ = 1: S_T(λ) = T, polynomial in T.</summary>
    Critical,

    /// <summary>λ &gt; 1: S_T(λ) ≈ λ^T/(λ−1), exponential in T with rate log λ.</summary>
    Expanding,
}
