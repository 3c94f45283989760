namespace Repro.Theory.Bounds;

/// <summary>
/// The constants of the bounds that several claims share. Each is documented as "paper", "standard reading"
/// (implied by the paper's statements, MODEL.md) or "project choice"; nothing is fitted here (a rule that
/// calibrates a constant, e.g. the envelope's C, does so on its own calibration slice and prints it).
/// A claim's own constants are listed by the claim, with their provenance. <see cref="All"/> lists these.
/// </summary>
public static class PaperConstants
{
    /// <summary>
    /// k in τ* ∝ S_T(λ)^k for the cutoff claim C4 (standard reading): τ* ∝ ν̄²/(ηε) and the step size
    /// η ∝ S_T(λ)^−2, so k = 2. Not fitted: C4 tests this exponent's consequence on every regime.
    /// </summary>
    public const double IterationMemoryExponent = 2.0;

    // ---- iterations and the step size ----------------------------------------------------------

    /// <summary>
    /// η₀ in η = η₀/(σ₁²S_T(λ)²(1+σ₀²)) (project choice): the Gauss–Newton part of the loss's
    /// Hessian has norm ≤ σ₁²S_T²(1+σ₀²), so η₀ = 1 is the classical 1/L step, inside GD's stable range η₀ &lt; 2.
    /// </summary>
    public const double StepSizeScale = 1.0;

    // ---- union bound and Hoeffding (C3, C7) ----------------------------------------------------

    /// <summary>U = 2 in log(2n/δ): a union bound over n samples of a two-sided deviation (standard reading).</summary>
    public const double UnionBoundMultiplier = 2.0;

    /// <summary>H = 2 in √(2·log(2n/δ)/m): Hoeffding's exponent for bounded summands, per unit range (standard reading).</summary>
    public const double HoeffdingFactor = 2.0;

    /// <summary>δ, the failure probability of the high-probability bounds (project choice; the conventional 5%).</summary>
    public const double FailureProbability = 0.05;

    // ---- protocol values taken from MODEL.md ----------------------------------------------------

    /// <summary>C3's success frequency required at each n, 1 − δ with δ = 0.1 (project choice, MODEL.md).</summary>
    public const double WidthSuccessFraction = 0.9;

    /// <summary>Every constant above, with its provenance.</summary>
    public static IReadOnlyList<NamedConstant> All { get; } =
    [
        new(nameof(IterationMemoryExponent), "k in τ* ∝ S_T(λ)^k", IterationMemoryExponent, ConstantStatus.StandardReading, "τ* ∝ 1/η and η ∝ S_T(λ)^−2 (C4)."),
        new(nameof(StepSizeScale), "η₀", StepSizeScale, ConstantStatus.ProjectChoice, "1/L step for the Gauss–Newton smoothness σ₁²S_T²(1+σ₀²)."),
        new(nameof(UnionBoundMultiplier), "U in log(U·n/δ)", UnionBoundMultiplier, ConstantStatus.StandardReading, "Union bound over n samples, two-sided."),
        new(nameof(HoeffdingFactor), "H in √(H·log(U·n/δ)/m)", HoeffdingFactor, ConstantStatus.StandardReading, "Hoeffding's inequality."),
        new(nameof(FailureProbability), "δ", FailureProbability, ConstantStatus.ProjectChoice, "Conventional 5%."),
        new(nameof(WidthSuccessFraction), "success fraction for m*", WidthSuccessFraction, ConstantStatus.ProjectChoice, "MODEL.md, C3."),
    ];
}
