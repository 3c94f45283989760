namespace Repro.Theory.Claims.Analysis;

/// <summary>A constant of a predicted form and where it comes from.</summary>
/// <param name="Provenance">"paper", "standard reading", or "fitted on the calibration slice (…)".</param>
public sealed record ConstantValue(string Name, string Symbol, double Value, string Provenance);
