using Repro.Theory.Bounds;

namespace Repro.Theory.Claims;

/// <summary>
/// The tolerances of the exact rules, in one place. These are decision settings of the project (how close counts as
/// equal), not claims of the paper, so they live apart from <see cref="PaperConstants"/>; each says why it has its
/// value. Statistical rules carry their own parameters (level, tolerance), printed by their own text.
/// </summary>
public static class VerdictThresholds
{
    /// <summary>C1 tolerance on |F(X;Θ(0))|: 0 — the identity is exact when paired terms are summed pairwise.</summary>
    public const double ExactTolerance = 0.0;

    /// <summary>
    /// Relative slack of a bound check, 1e-12 (≈ 4500 ulp): room for rounding in the measured
    /// derivative (BPTT over T steps) and in evaluating the bound, far below any real violation.
    /// </summary>
    public const double BoundRelativeSlack = 1e-12;

    /// <summary>Every threshold above, with its provenance.</summary>
    public static IReadOnlyList<NamedConstant> All { get; } =
    [
        new(nameof(ExactTolerance), "tolerance of C1", ExactTolerance, ConstantStatus.StandardReading, "Exact identity of the symmetric initialization."),
        new(nameof(BoundRelativeSlack), "relative slack of bounds", BoundRelativeSlack, ConstantStatus.ProjectChoice, "Rounding only."),
    ];
}
