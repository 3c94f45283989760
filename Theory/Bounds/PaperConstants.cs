namespace Repro.Theory.Bounds;

/// <summary>
/// THE one place for every constant and exponent of the bounds. Each is documented as "paper",
/// "standard reading" (implied by the paper's statements, MODEL.md), "fitted" (no a-priori value,
/// NaN here: calibrated on the calibration slice, judged on the held-out slice) or "project
/// choice". Entering the paper's exact constants means editing this file only; nothing is
/// silently tuned anywhere else. <see cref="All"/> lists them for the report.
/// </summary>
public static class PaperConstants
{
    // ---- exponents of the memory factor S_T(λ) -------------------------------------------------

    /// <summary>L_T ∝ S_T(λ)^1: the hidden state's parameter-Lipschitz constant (standard reading; exact, see HiddenStateBounds).</summary>
    public const double LipschitzMemoryExponent = 1.0;

    /// <summary>β_T ∝ S_T(λ)^3: the hidden state's smoothness constant (standard reading, MODEL.md).</summary>
    public const double SmoothnessMemoryExponent = 3.0;

    /// <summary>
    /// m* ∝ S_T(λ)^6: width needed so the linearization error β_Tρ²/√m is ≤ ε, i.e. m ∝ β_T² =
    /// S_T^(2·3) (standard reading; dominates the random-feature term's S_T² for S_T ≥ 1).
    /// </summary>
    public const double WidthMemoryExponent = 2.0 * SmoothnessMemoryExponent;

    // ---- width m* ∝ C_m · S_T^6 · log(U·n/δ) / ε² --------------------------------------------

    /// <summary>m* ∝ ε^(−2) (standard reading: both error terms are ∝ m^(−1/2)).</summary>
    public const double WidthAccuracyExponent = 2.0;

    /// <summary>m* ∝ log(n/δ)^1 (paper: the abstract states width logarithmic in n; the power 1 is the standard union-bound reading).</summary>
    public const double WidthLogExponent = 1.0;

    /// <summary>C_m, the width bound's constant (fitted: calibrated on the calibration slice).</summary>
    public const double WidthScale = double.NaN;

    /// <summary>a and b of C3's m* = a + b·log n (fitted: calibrated on the calibration slice).</summary>
    public const double WidthLogModelCoefficients = double.NaN;

    /// <summary>
    /// k in τ* ∝ S_T(λ)^k for the cutoff claim C4 (standard reading): τ* ∝ ν̄²/(ηε) and the step size
    /// η ∝ S_T(λ)^−2, so k = 2. Not fitted: C4 tests this exponent's consequence on every regime.
    /// </summary>
    public const double IterationMemoryExponent = 2.0;

    // ---- iterations τ* ∝ C_τ · ν̄² / (η ε) -----------------------------------------------------

    /// <summary>τ* ∝ ε^(−1) (standard reading of the sublinear projected-GD rate, MODEL.md).</summary>
    public const double IterationAccuracyExponent = 1.0;

    /// <summary>τ* ∝ ν̄² (standard reading: distance to the transported comparator squared).</summary>
    public const double IterationTransportExponent = 2.0;

    /// <summary>C_τ, the iteration bound's constant (fitted: calibrated on the calibration slice).</summary>
    public const double IterationScale = double.NaN;

    /// <summary>
    /// η₀ in η = η₀/(σ₁²S_T(λ)²(1+σ₀²)) (project choice): the Gauss–Newton part of the loss's
    /// Hessian has norm ≤ σ₁²S_T²(1+σ₀²), so η₀ = 1 is the classical 1/L step, inside GD's stable range η₀ &lt; 2.
    /// </summary>
    public const double StepSizeScale = 1.0;

    // ---- linearization (kernel regime) error ∝ C_lin · β_T ρ² / √m ------------------------------

    /// <summary>Linearization error ∝ ρ² (standard reading: second-order Taylor remainder in a ball of radius ρ/√m per neuron).</summary>
    public const double LinearizationRadiusExponent = 2.0;

    /// <summary>Linearization error ∝ m^(−1/2) (standard reading).</summary>
    public const double LinearizationWidthExponent = 0.5;

    /// <summary>C_lin, the linearization error's constant (fitted: calibrated on the calibration slice).</summary>
    public const double LinearizationScale = double.NaN;

    // ---- random-feature error ∝ C_rf · √(H · log(U·n/δ) / m) -----------------------------------

    /// <summary>Random-feature error ∝ m^(−1/2) (standard reading: Hoeffding over m independent features).</summary>
    public const double RandomFeatureWidthExponent = 0.5;

    /// <summary>U = 2 in log(2n/δ): a union bound over n samples of a two-sided deviation (standard reading).</summary>
    public const double UnionBoundMultiplier = 2.0;

    /// <summary>H = 2 in √(2·log(2n/δ)/m): Hoeffding's exponent for bounded summands, per unit range (standard reading).</summary>
    public const double HoeffdingFactor = 2.0;

    /// <summary>C_rf, the random-feature error's scale (fitted: calibrated on the calibration slice).</summary>
    public const double RandomFeatureScale = double.NaN;

    /// <summary>δ, the failure probability of the high-probability bounds (project choice; the conventional 5%).</summary>
    public const double FailureProbability = 0.05;

    // ---- protocol values taken from MODEL.md ----------------------------------------------------

    /// <summary>C1's predicted output at initialization: exactly 0 (standard reading: paired neurons cancel).</summary>
    public const double InitialOutput = 0.0;

    /// <summary>C3's m* is the smallest m reaching loss ≤ ε in at least this fraction of seeds (project choice, MODEL.md).</summary>
    public const double WidthSuccessFraction = 0.9;

    /// <summary>C3 sweeps n over at least this many octaves (project choice, MODEL.md).</summary>
    public const double MinimumSampleOctaves = 6.0;

    /// <summary>Every constant above, for the report's table.</summary>
    public static IReadOnlyList<NamedConstant> All { get; } =
    [
        new(nameof(LipschitzMemoryExponent), "L_T ∝ S_T^p", LipschitzMemoryExponent, ConstantStatus.StandardReading, "Exact Lipschitz bound of the hidden state (HiddenStateBounds)."),
        new(nameof(SmoothnessMemoryExponent), "β_T ∝ S_T^p", SmoothnessMemoryExponent, ConstantStatus.StandardReading, "Smoothness of the hidden state in the parameters (MODEL.md)."),
        new(nameof(WidthMemoryExponent), "m* ∝ S_T^p", WidthMemoryExponent, ConstantStatus.StandardReading, "Linearization error β_Tρ²/√m ≤ ε needs m ∝ β_T²."),
        new(nameof(WidthAccuracyExponent), "m* ∝ ε^−p", WidthAccuracyExponent, ConstantStatus.StandardReading, "Both error terms scale as m^(−1/2)."),
        new(nameof(WidthLogExponent), "m* ∝ log(n/δ)^p", WidthLogExponent, ConstantStatus.Paper, "Abstract: width logarithmic in n; power 1 from the union bound."),
        new(nameof(WidthScale), "C_m", WidthScale, ConstantStatus.Fitted, "Calibrated on the calibration slice."),
        new(nameof(WidthLogModelCoefficients), "a, b in m* = a + b·log n", WidthLogModelCoefficients, ConstantStatus.Fitted, "Calibrated on the calibration slice (C3)."),
        new(nameof(IterationMemoryExponent), "k in τ* ∝ S_T(λ)^k", IterationMemoryExponent, ConstantStatus.StandardReading, "τ* ∝ 1/η and η ∝ S_T(λ)^−2 (C4)."),
        new(nameof(IterationAccuracyExponent), "τ* ∝ ε^−p", IterationAccuracyExponent, ConstantStatus.StandardReading, "Sublinear rate of projected GD (MODEL.md)."),
        new(nameof(IterationTransportExponent), "τ* ∝ ν̄^p", IterationTransportExponent, ConstantStatus.StandardReading, "Squared distance to the transported comparator."),
        new(nameof(IterationScale), "C_τ", IterationScale, ConstantStatus.Fitted, "Calibrated on the calibration slice."),
        new(nameof(StepSizeScale), "η₀", StepSizeScale, ConstantStatus.ProjectChoice, "1/L step for the Gauss–Newton smoothness σ₁²S_T²(1+σ₀²)."),
        new(nameof(LinearizationRadiusExponent), "error ∝ ρ^p", LinearizationRadiusExponent, ConstantStatus.StandardReading, "Second-order Taylor remainder."),
        new(nameof(LinearizationWidthExponent), "error ∝ m^−p", LinearizationWidthExponent, ConstantStatus.StandardReading, "Per-neuron radius ρ/√m, output scale 1/√m."),
        new(nameof(LinearizationScale), "C_lin", LinearizationScale, ConstantStatus.Fitted, "Calibrated on the calibration slice."),
        new(nameof(RandomFeatureWidthExponent), "error ∝ m^−p", RandomFeatureWidthExponent, ConstantStatus.StandardReading, "Hoeffding over m features."),
        new(nameof(UnionBoundMultiplier), "U in log(U·n/δ)", UnionBoundMultiplier, ConstantStatus.StandardReading, "Union bound over n samples, two-sided."),
        new(nameof(HoeffdingFactor), "H in √(H·log(U·n/δ)/m)", HoeffdingFactor, ConstantStatus.StandardReading, "Hoeffding's inequality."),
        new(nameof(RandomFeatureScale), "C_rf", RandomFeatureScale, ConstantStatus.Fitted, "Calibrated on the calibration slice."),
        new(nameof(FailureProbability), "δ", FailureProbability, ConstantStatus.ProjectChoice, "Conventional 5%."),
        new(nameof(InitialOutput), "F(X;Θ(0))", InitialOutput, ConstantStatus.StandardReading, "Symmetric initialization: paired neurons cancel."),
        new(nameof(WidthSuccessFraction), "success fraction for m*", WidthSuccessFraction, ConstantStatus.ProjectChoice, "MODEL.md, C3."),
        new(nameof(MinimumSampleOctaves), "octaves of n", MinimumSampleOctaves, ConstantStatus.ProjectChoice, "MODEL.md, C3."),
    ];
}
