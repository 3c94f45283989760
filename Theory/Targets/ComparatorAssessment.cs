using Repro.Theory.Rnn;

namespace Repro.Theory.Targets;

/// <summary>
/// The transported comparator Θ̄ of one student initialization and the numbers that decide whether
/// a setting lies inside the theorem's hypotheses (CLAIM-TESTS.md, principle 2).
/// </summary>
/// <param name="Comparator">Θ̄, θ̄_i = θ_i(0) + (c_i/√m)·v(θ_i(0)) (v of the normalized teacher).</param>
/// <param name="RelativeLoss">R̂(Θ̄)/Var of the real network F(X; Θ̄), R̂ = (1/2n)Σ_j (F − y_j)² on final outputs.</param>
/// <param name="LinearizedRelativeLoss">The same for the linearization F_lin(X; Θ̄) at Θ(0).</param>
/// <param name="Displacement">D = max_i √m‖θ̄_i − θ_i(0)‖ (= max_i ‖v(θ_i(0))‖/s).</param>
/// <param name="SquaredDistance">‖Θ̄ − Θ(0)‖², the distance in the GD bound ‖Θ̄ − Θ(0)‖²/(2ητ) (≤ ν̄_eff²).</param>
/// <param name="TargetVariance">Var, the empirical variance of the final targets (the unit of both relative losses).</param>
public sealed record ComparatorAssessment(
    RnnParameters Comparator,
    double RelativeLoss,
    double LinearizedRelativeLoss,
    double Displacement,
    double SquaredDistance,
    double TargetVariance)
{
    /// <summary>Whether the projection ball of radius ρ contains Θ̄: ρ ≥ D.</summary>
    public bool RadiusSuffices(double radius) => radius >= Displacement;

    /// <summary>Whether Θ̄ certifies the relative accuracy ε: R̂(Θ̄)/Var ≤ ε.</summary>
    public bool Certifies(double relativeTarget) => RelativeLoss <= relativeTarget;
}
