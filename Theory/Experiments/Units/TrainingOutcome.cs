namespace Repro.Theory.Experiments.Units;

/// <summary>The stored result of a <see cref="TrainingUnit"/>; losses are relative (R̂ / Var(y)).</summary>
/// <param name="DivergedAtStep">The step whose loss or parameters were not finite; 0 when the step size itself was not a finite positive number (then no step was taken).</param>
/// <param name="Trajectory">Pairs [step, relative loss] at steps 0, 1, 2, 4, … and the last.</param>
/// <param name="InitialLambda">λ₀ used for the step size.</param>
/// <param name="BallLambda">λ valid in the whole projection ball (the bound's λ; +∞ when ρ = ∞).</param>
/// <param name="Comparator">The transported comparator at Θ(0), when the unit measured it.</param>
/// <param name="Radius">ρ the run was projected onto (+∞: unprojected).</param>
/// <param name="PathCurvature">λ_max at the last and the averaged iterate, when the unit measured it (<see cref="TrainingUnit.MeasurePathCurvature"/>).</param>
/// <param name="StepBudget">τ_max the run was given (its unit's MaxSteps, or its own theorem budget, see <see cref="TrainingUnit.BudgetFromBound"/>).</param>
public sealed record TrainingOutcome(
    int Steps,
    bool ReachedTarget,
    int? DivergedAtStep,
    double InitialRelativeLoss,
    double FinalRelativeLoss,
    double AveragedRelativeLoss,
    double MaxScaledDeviation,
    double StepSize,
    double InitialLambda,
    double BallLambda,
    double TargetVariance,
    double EffectiveTransportNorm,
    double[][] Trajectory,
    SensitivityRecord? Sensitivity,
    double? LinearizationError,
    ComparatorRecord? Comparator = null,
    double Radius = double.PositiveInfinity,
    int? StepBudget = null,
    PathCurvatureRecord? PathCurvature = null);
