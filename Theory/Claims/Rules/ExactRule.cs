using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims.Rules;

/// <summary>An identity that must hold exactly (C1): PASS iff max |value| ≤ tolerance; FAIL on any NaN or larger value;
/// INCONCLUSIVE if nothing was measured.</summary>
/// <param name="Quantity">What is measured, e.g. "|F(X; Θ(0))|".</param>
/// <param name="Tolerance">Largest accepted |value| (0: exact).</param>
/// <param name="SampleUnit">What one value is, e.g. "seeds".</param>
public sealed record ExactRule(string Quantity, double Tolerance = 0, string SampleUnit = "seeds") : VerdictRule<IReadOnlyList<double>>
{
    /// <summary>An exact statement: a measured violation is a fact, whatever the controls.</summary>
    protected override bool IsStatistical => false;

    public override string Describe()
        => $"Exact: PASS if max {Quantity} over all {SampleUnit} ≤ {F(Tolerance)}; FAIL if any value is NaN or larger; INCONCLUSIVE if nothing was measured.";

    protected override VerdictResult Judge(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Must be ≥ 0.");
        bool nan = values.Any(double.IsNaN);
        double max = values.Count == 0 || nan ? double.NaN : values.Max(Math.Abs);
        var result = new VerdictResult
        {
            Verdict = Verdict.Pass, Kind = CheckKind.Exact, Rule = Describe(), DecidingQuantity = "max " + Quantity, Value = max,
            ReferenceLabel = "tolerance", Reference = Tolerance, Predicted = 0, Tolerance = Tolerance,
            SampleCount = values.Count, SampleUnit = SampleUnit,
        };
        if (values.Count == 0) return result with { Verdict = Verdict.Inconclusive, Relation = "vs", Reason = "nothing measured" };
        if (nan) return result with { Verdict = Verdict.Fail, Relation = "vs", Reason = "a value is NaN" };
        return max <= Tolerance ? result with { Relation = "≤" } : result with { Verdict = Verdict.Fail, Relation = ">" };
    }

    /// <summary>On the input's count: all zero (PASS), one value just above the tolerance (FAIL), all at it (borderline).</summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<double>>> Controls(IReadOnlyList<double> values)
    {
        int n = Math.Max(1, values.Count);
        double above = Tolerance > 0 ? 2 * Tolerance : double.Epsilon;
        yield return new("exactly 0", Verdict.Pass, new double[n]);
        yield return new("one value above the tolerance", Verdict.Fail, Enumerable.Repeat(0.0, n - 1).Append(above).ToArray());
        yield return new("every value at the tolerance", null, Enumerable.Repeat(Tolerance, n).ToArray());
    }
}
