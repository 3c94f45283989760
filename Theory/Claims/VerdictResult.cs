using System.Globalization;
using System.Text;

namespace Repro.Theory.Claims;

/// <summary>
/// A verdict with the rule and the numbers that decided it, as data, so the report can print
/// e.g. "PASS: slope 0.98 ∈ [0.91, 1.05] (95% bootstrap CI over 10 seeds, predicted 1 ± 0.1)".
/// Optional numbers are null when the rule has none (a bound check has no interval).
/// </summary>
public sealed record VerdictResult
{
    /// <summary>PASS, FAIL or INCONCLUSIVE.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The kind of check that produced it.</summary>
    public required CheckKind Kind { get; init; }

    /// <summary>The rule in words, with its numbers.</summary>
    public required string Rule { get; init; }

    /// <summary>Name of the deciding quantity, e.g. "slope of ln τ* on ln(1/ε)".</summary>
    public required string DecidingQuantity { get; init; }

    /// <summary>Its point value.</summary>
    public required double Value { get; init; }

    /// <summary>How the value (or, with an interval, the prediction) relates to <see cref="Reference"/>: "≤", "&gt;", "≥", "&lt;", or "±" for a two-sided band.</summary>
    public string Relation { get; init; } = "";

    /// <summary>What <see cref="Reference"/> is: "bound", "tolerance", "predicted", "required".</summary>
    public string ReferenceLabel { get; init; } = "";

    /// <summary>The bound, threshold or band edge the value is compared with.</summary>
    public double? Reference { get; init; }

    /// <summary>The predicted value, when there is one.</summary>
    public double? Predicted { get; init; }

    /// <summary>Half-width of the accepted band around <see cref="Predicted"/>, or slack above a limit.</summary>
    public double? Tolerance { get; init; }

    /// <summary>Lower end of the confidence interval.</summary>
    public double? CiLow { get; init; }

    /// <summary>Upper end of the confidence interval.</summary>
    public double? CiHigh { get; init; }

    /// <summary>Nominal coverage of the interval, e.g. 0.95.</summary>
    public double? ConfidenceLevel { get; init; }

    /// <summary>"bootstrap" or "t".</summary>
    public string? IntervalMethod { get; init; }

    /// <summary>Number of units behind the value (seeds, points, measurements).</summary>
    public int SampleCount { get; init; }

    /// <summary>What the units are: "seeds", "points", "measurements".</summary>
    public string SampleUnit { get; init; } = "seeds";

    /// <summary>Why the result is INCONCLUSIVE (or what made it FAIL), in a few words; empty if the numbers say it all.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Longer supporting text, e.g. the per-part results of a combined verdict.</summary>
    public string Detail { get; init; } = "";

    /// <summary>The deciding rule's synthetic controls on this claim's grid (at the bound, above it, borderline) and what the rule said of each.</summary>
    public IReadOnlyList<ControlOutcome> Controls { get; init; } = [];

    /// <summary>One line, invariant culture: "PASS: slope 0.98 ∈ [0.91, 1.05] (95% bootstrap CI over 10 seeds, predicted 1 ± 0.1)".</summary>
    public string Describe()
    {
        var s = new StringBuilder();
        s.Append(Label(Verdict)).Append(": ").Append(DecidingQuantity).Append(' ').Append(Format(Value));
        if (CiLow is double lo && CiHigh is double hi)
        {
            s.Append(" ∈ [").Append(Format(lo)).Append(", ").Append(Format(hi)).Append("] (");
            if (ConfidenceLevel is double level) s.Append(Format(level * 100)).Append("% ");
            s.Append(IntervalMethod ?? "").Append(IntervalMethod is null ? "" : " ").Append("CI over ")
             .Append(SampleCount.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(SampleUnit);
            if (Relation == "±" && Predicted is double p)
            {
                s.Append(", ").Append(ReferenceLabel).Append(' ').Append(Format(p));
                if (Tolerance is double tol) s.Append(" ± ").Append(Format(tol));
            }
            else if (Reference is double r)
            {
                s.Append(", ").Append(ReferenceLabel).Append(' ').Append(Relation).Append(' ').Append(Format(r));
            }
            s.Append(')');
        }
        else
        {
            if (Reference is double r)
                s.Append(' ').Append(Relation).Append(' ').Append(ReferenceLabel).Append(' ').Append(Format(r));
            s.Append(" (over ").Append(SampleCount.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(SampleUnit).Append(')');
        }
        if (Reason.Length > 0) s.Append(" — ").Append(Reason);
        return s.ToString();
    }

    /// <summary>"PASS", "FAIL" or "INCONCLUSIVE".</summary>
    public static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "PASS",
        Verdict.Fail => "FAIL",
        Verdict.Inconclusive => "INCONCLUSIVE",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>
    /// A number for reading, invariant culture: 3 significant digits ("0.98", "12.3"), whole numbers
    /// from 1000 ("5000"), scientific beyond 10⁶ or below 10⁻⁴ ("1E-12"), "∞" for infinities.
    /// </summary>
    public static string Format(double x)
    {
        if (double.IsNaN(x)) return "NaN";
        if (double.IsPositiveInfinity(x)) return "∞";
        if (double.IsNegativeInfinity(x)) return "−∞";
        double a = Math.Abs(x);
        if (a == 0) return "0";
        if (a >= 1e6 || a < 1e-4) return x.ToString("0.##E+0", CultureInfo.InvariantCulture);
        if (a >= 999.5) return x.ToString("0", CultureInfo.InvariantCulture); // G3 would print 1E+03
        return x.ToString("G3", CultureInfo.InvariantCulture);
    }
}
