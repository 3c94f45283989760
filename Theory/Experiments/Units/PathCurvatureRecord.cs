namespace Repro.Theory.Experiments.Units;

/// <summary>
/// λ_max of the Gauss–Newton curvature along one training run (<see cref="TrainingUnit.MeasurePathCurvature"/>), the same
/// quantity <see cref="CurvatureUnit"/> measures at Θ(0): η·λ_max ≤ 1 there says the step was stable along the path too.
/// </summary>
/// <param name="Last">At the last iterate; NaN when the run diverged (its last iterate is not finite).</param>
/// <param name="Averaged">At the averaged iterate (the one the claims stop on; finite even after a divergence).</param>
public sealed record PathCurvatureRecord(double Last, double Averaged);
