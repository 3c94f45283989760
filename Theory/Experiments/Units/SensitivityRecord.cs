namespace Repro.Theory.Experiments.Units;

/// <summary>Largest hidden-state sensitivities seen at Θ(0) and at the end of training.</summary>
/// <param name="MaxHessianNorm">max ‖∇²_θ h_T‖₂ over neurons and samples (diagonal model; null for v1), what β_T bounds.</param>
public sealed record SensitivityRecord(double MaxRecurrentSensitivity, double MaxInputSensitivity, double? MaxHessianNorm = null);
