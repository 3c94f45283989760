using Repro.Theory.Rnn;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// A transport-class teacher: M atoms θ_k ~ μ₀ (the diagonal model's initialization law for the
/// given σ and α) and a smooth transport map v with sup‖v‖ ≤ ν̄, all drawn from the teacher's own seed.
/// </summary>
public sealed record TeacherSpec
{
    public TeacherSpec(int atomCount, double transportNorm, Activation activation, double recurrentScale, int inputDimension, ulong seed)
    {
        AtomCount = Guard.AtLeast(atomCount, 1);
        TransportNorm = Guard.Positive(transportNorm);
        Activation = Guard.NotNull(activation);
        RecurrentScale = Guard.NonNegative(recurrentScale);
        InputDimension = Guard.AtLeast(inputDimension, 1);
        Seed = seed;
    }

    /// <summary>
    /// M = 256: split-half correlation ≥ 0.993 over d ∈ {4, 8}, λ ∈ {0.5, 0.8, 1, 1.2} (via a and α), T ≤ 64,
    /// while labelling n = 4096, T = 64, d = 8 takes ≈ 1.1 s (2 loaded cores); see docs/decisions.md.
    /// </summary>
    public const int RecommendedAtomCount = 256;

    /// <summary>M, the Monte-Carlo size of the expectation over μ₀ (much larger than any student width).</summary>
    public int AtomCount { get; }

    /// <summary>ν̄ before normalization: sup_θ ‖v(θ)‖ ≤ ν̄.</summary>
    public double TransportNorm { get; }

    public Activation Activation { get; }

    /// <summary>α of μ₀: w ~ U[−α, α].</summary>
    public double RecurrentScale { get; }

    public int InputDimension { get; }

    public ulong Seed { get; }
}
