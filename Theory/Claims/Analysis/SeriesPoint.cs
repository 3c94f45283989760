using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Claims.Analysis;

/// <summary>One point, with its confidence interval over seeds when it has one.</summary>
/// <param name="Low">Lower end of the CI (null: none).</param>
/// <param name="High">Upper end of the CI (null: none).</param>
/// <param name="Slice">"calibration", "held-out", or "" when the claim fits no constants.</param>
/// <param name="Censored">The value is a limit, not a measurement (e.g. τ_max reached, width grid exhausted).</param>
/// <param name="OutsideHypotheses">The setting is outside the theorem's hypotheses (comparator loss above ε, ρ below the
/// comparator's displacement, unstable η, or an infinite bound): shown hollow and grey, described, never judged.</param>
/// <param name="Slack">measured/bound at this point, when the series is judged against a bound with constants.</param>
public sealed record SeriesPoint(double X, double Y, double? Low = null, double? High = null, string Slice = "", bool Censored = false,
    bool OutsideHypotheses = false, double? Slack = null)
{
    /// <summary>The point (x, estimate) with the CI's ends, an end that is not a finite number left out.</summary>
    public static SeriesPoint Of(double x, ConfidenceInterval ci)
    {
        ArgumentNullException.ThrowIfNull(ci);
        return new SeriesPoint(x, ci.Estimate, double.IsFinite(ci.Low) ? ci.Low : null, double.IsFinite(ci.High) ? ci.High : null);
    }
}
