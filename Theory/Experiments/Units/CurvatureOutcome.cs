namespace Repro.Theory.Experiments.Units;

/// <summary>The stored result of a <see cref="CurvatureUnit"/>.</summary>
/// <param name="LargestEigenvalue">λ_max of the Gauss–Newton curvature (1/n)·JᵀJ of R̂ at Θ(0), J the n rows ∇_Θ F(X_j; Θ(0)): 2/λ_max is the largest stable step.</param>
/// <param name="TargetVariance">Var(y) of the final targets, so the curvature can be put in relative-loss units.</param>
public sealed record CurvatureOutcome(double LargestEigenvalue, double TargetVariance);
