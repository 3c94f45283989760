using Repro.Theory.Bounds;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Claims;

/// <summary>
/// Every number a verdict rule uses, in one place. These are decision settings of the project
/// (how sure, how close), not claims of the paper, so they live apart from
/// <see cref="PaperConstants"/>; each says why it has its value. <see cref="All"/> lists them for the report.
/// </summary>
public static class VerdictThresholds
{
    /// <summary>Two-sided confidence level of every interval (project choice: the conventional 95%).</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>Bootstrap resamples B (project choice: percentile ends stable to ~1% of the interval width).</summary>
    public const int BootstrapResamples = Bootstrap.DefaultResamples;

    /// <summary>
    /// Fewest resampling units (seeds) behind a bootstrap interval for it to decide anything
    /// (project choice: percentile intervals under-cover badly below ~5 units). t-intervals from a
    /// regression are exact under their model and need only one residual degree of freedom.
    /// </summary>
    public const int MinimumSampleCount = 5;

    /// <summary>C1 tolerance on |F(X;Θ(0))|: 0 — the identity is exact when paired terms are summed pairwise.</summary>
    public const double ExactTolerance = 0.0;

    /// <summary>
    /// Relative slack of a bound check, 1e-12 (≈ 4500 ulp): room for rounding in the measured
    /// derivative (BPTT over T steps) and in evaluating the bound, far below any real violation.
    /// </summary>
    public const double BoundRelativeSlack = 1e-12;

    /// <summary>
    /// C3: the logarithmic law must beat the power law by Δ ≥ 6 (project choice: Burnham–Anderson's
    /// "considerably less support" for the worse model; likelihood ratio e³ ≈ 20).
    /// </summary>
    public const double ModelPreferenceDelta = 6.0;

    /// <summary>C3: fewest scored (held-out) points for a model comparison to decide.</summary>
    public const int MinimumComparisonPoints = 3;

    /// <summary>Fraction of an ordered sweep used for calibration (the lowest half); the rest is held out.</summary>
    public const double CalibrationFraction = 0.5;

    /// <summary>C5: slope of ln τ* on ln(1/ε) may exceed the predicted 1 by at most 0.2 (project choice).</summary>
    public const double IterationSlopeTolerance = 0.2;

    /// <summary>C6: slope of ln(linearization error) on ln m within −0.5 ± 0.1 (project choice).</summary>
    public const double LinearizationSlopeTolerance = 0.1;

    /// <summary>C7: slope of ln(random-feature error) on ln m within −0.5 ± 0.1 (project choice).</summary>
    public const double RandomFeatureSlopeTolerance = 0.1;

    /// <summary>Every threshold above, for the report's table.</summary>
    public static IReadOnlyList<NamedConstant> All { get; } =
    [
        new(nameof(ConfidenceLevel), "1 − α", ConfidenceLevel, ConstantStatus.ProjectChoice, "Conventional 95% two-sided intervals."),
        new(nameof(BootstrapResamples), "B", BootstrapResamples, ConstantStatus.ProjectChoice, "Percentile ends stable to ~1% of the width."),
        new(nameof(MinimumSampleCount), "min seeds", MinimumSampleCount, ConstantStatus.ProjectChoice, "Bootstrap intervals under-cover below ~5 units."),
        new(nameof(ExactTolerance), "tolerance of C1", ExactTolerance, ConstantStatus.StandardReading, "Exact identity of the symmetric initialization."),
        new(nameof(BoundRelativeSlack), "relative slack of bounds", BoundRelativeSlack, ConstantStatus.ProjectChoice, "Rounding only."),
        new(nameof(ModelPreferenceDelta), "Δ threshold (C3)", ModelPreferenceDelta, ConstantStatus.ProjectChoice, "Burnham–Anderson: considerably less support."),
        new(nameof(MinimumComparisonPoints), "min held-out points (C3)", MinimumComparisonPoints, ConstantStatus.ProjectChoice, "A comparison on fewer points decides nothing."),
        new(nameof(CalibrationFraction), "calibration fraction", CalibrationFraction, ConstantStatus.ProjectChoice, "Lowest half calibrates, highest half judges (extrapolation)."),
        new(nameof(IterationSlopeTolerance), "slope tolerance (C5)", IterationSlopeTolerance, ConstantStatus.ProjectChoice, "Upper-bound claim: slope ≤ 1 + 0.2."),
        new(nameof(LinearizationSlopeTolerance), "slope tolerance (C6)", LinearizationSlopeTolerance, ConstantStatus.ProjectChoice, "−0.5 ± 0.1."),
        new(nameof(RandomFeatureSlopeTolerance), "slope tolerance (C7)", RandomFeatureSlopeTolerance, ConstantStatus.ProjectChoice, "−0.5 ± 0.1."),
    ];
}
