namespace Repro.Theory.Experiments.Units;

/// <summary>Largest hidden-state sensitivities seen at Θ(0) and at the end of training.</summary>
public sealed record SensitivityRecord(double MaxRecurrentSensitivity, double MaxInputSensitivity);
