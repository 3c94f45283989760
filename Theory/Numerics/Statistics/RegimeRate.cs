using Repro.Theory.Bounds;

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// The growth rate of a quantity with the sequence length T in one memory regime (claim C4):
/// slope of ln y on T (λ ≠ 1: ≈ 0 below the cutoff, ≈ k·log λ above) or on ln T (λ = 1: the polynomial degree).
/// </summary>
/// <param name="Regime">The regime the regressor was chosen for.</param>
/// <param name="Fit">The least-squares line of ln y on the regressor.</param>
/// <param name="Rate">The slope with its t-interval (the harness may replace it by a bootstrap over seeds).</param>
/// <param name="Regressor">"T" or "ln T".</param>
/// <param name="RegressorSpan">max − min of the regressor: turns a tolerance on total growth into one on the rate.</param>
public sealed record RegimeRate(MemoryRegime Regime, LinearFit Fit, ConfidenceInterval Rate, string Regressor, double RegressorSpan);
