using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// The transported comparator Θ̄ of a training unit's Θ(0) (θ̄_i = θ_i(0) + (c_i/√m)·v(θ_i(0))), the point the
/// theorem's bounds compete with: what the hypotheses of CLAIM-TESTS.md's principle 2 are checked on.
/// </summary>
/// <param name="RelativeLoss">R̂(Θ̄)/Var(y) of the network itself at Θ̄.</param>
/// <param name="LinearRelativeLoss">R̂_lin(Θ̄)/Var(y) of the linearization around Θ(0) at Θ̄ (the random-feature model).</param>
/// <param name="Displacement">D = max_i √m‖θ̄_i − θ_i(0)‖: the projection radius ρ must be at least this for Θ̄ to be in the ball.</param>
/// <param name="SquaredDistance">‖Θ̄ − Θ(0)‖² = (1/m)Σ_i‖v(θ_i(0))‖²: the distance term of the GD bound ‖Θ̄ − Θ(0)‖²/(2ητ).</param>
public sealed record ComparatorRecord(double RelativeLoss, double LinearRelativeLoss, double Displacement, double SquaredDistance)
{
    /// <summary>The numbers of an assessment that a unit stores (Θ̄ itself is not stored: it is a function of Θ(0) and the teacher).</summary>
    public static ComparatorRecord Of(ComparatorAssessment assessment)
        => new(assessment.RelativeLoss, assessment.LinearizedRelativeLoss, assessment.Displacement, assessment.SquaredDistance);
}
