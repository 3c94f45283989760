using Repro.Theory.Bounds;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Claims;

/// <summary>One regime's evidence for the cutoff claim C4: the measured rate's interval against the predicted rate and its tolerance.</summary>
/// <param name="Regime">Below, at or above the cutoff.</param>
/// <param name="Lambda">λ of the setting.</param>
/// <param name="Rate">Measured growth rate with its confidence interval.</param>
/// <param name="PredictedRate">Rate of the predicted shape on the same T grid (see RegimeRateFit.PredictedRate).</param>
/// <param name="Tolerance">Half-width of the accepted band (see VerdictThresholds.RateTolerance).</param>
public sealed record RegimeCheck(MemoryRegime Regime, double Lambda, ConfidenceInterval Rate, double PredictedRate, double Tolerance);
