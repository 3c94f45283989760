using Repro.Theory.Bounds;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// A quantity that stays bounded in x (C4a, below the cutoff): over the tail x ∈ [x₀, x_max], the slope of ln y on x
/// with its hierarchical-bootstrap CI must not exceed ln 2/(x_max − x₀), i.e. at most a factor 2 of drift over the
/// tail. PASS if the CI's upper end ≤ that limit, FAIL if its lower end is above it, INCONCLUSIVE otherwise. Only
/// points inside the theorem's hypotheses are used; <see cref="RulePoint.Bound"/> is ignored. Censored points (lower
/// bounds) enter the slope: they can make a FAIL (when they lie in the upper half of the tail, see <see cref="CensoredPoints"/>), never a PASS.
/// </summary>
/// <param name="Quantity">What is measured, e.g. "τ*".</param>
/// <param name="X0">Start of the tail, x₀ (for C4a: <see cref="TailStart"/>).</param>
/// <param name="Bootstrap">How the slope's CI is drawn.</param>
/// <param name="MinimumPoints">Fewest tail points for a decision.</param>
public sealed record BoundedTailRule(string Quantity, double X0, BootstrapSettings Bootstrap, int MinimumPoints = 3)
    : VerdictRule<IReadOnlyList<RulePoint>>
{
    /// <summary>Fraction of the limit 1/(1 − λ) that S_T(λ) must reach for the tail to start (CLAIM-TESTS.md, C4a).</summary>
    public const double SaturationFraction = 0.95;

    /// <summary>T₀ = the first T ≥ 1 with S_T(λ) ≥ 0.95/(1 − λ), for 0 ≤ λ &lt; 1 (null for λ ≥ 1: S_T never saturates).</summary>
    public static int? TailStart(double lambda, int maximumLength = 1 << 20)
    {
        if (MemoryFactor.Regime(lambda) != MemoryRegime.Contracting) return null;
        double target = SaturationFraction * MemoryFactor.Limit(lambda);
        for (int t = 1; t <= maximumLength; t++)
            if (MemoryFactor.Evaluate(lambda, t) >= target) return t;
        return null;
    }

    public override string Describe()
        => $"Bounded tail: over the points inside the theorem's hypotheses with x ∈ [x₀, x_max], x₀ = {F(X0)} and x_max the largest such x, the least-squares slope of ln {Quantity} on x, "
         + $"{Quantity} estimated at each x by the geometric mean over (data, teacher) draws of the geometric mean over initial seeds, with its {Bootstrap.Describe()}, draws shared by all x. "
         + $"PASS if the CI's upper end ≤ ln 2/(x_max − x₀) (at most a factor 2 of drift over the tail) and no tail point is censored; FAIL if its lower end is above it (censored points enter as their lower bounds, which is sound only when every one lies at or above the tail's mean x); INCONCLUSIVE otherwise or with fewer than {Int(MinimumPoints)} tail points.";

    private bool InTail(RulePoint p) => p.InHypotheses && p.X >= X0;

    protected override VerdictResult Judge(IReadOnlyList<RulePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!double.IsFinite(X0)) throw new ArgumentOutOfRangeException(nameof(X0), X0, "Must be a finite number.");
        var tail = points.Where(InTail).OrderBy(p => p.X).ToArray();
        var result = new VerdictResult
        {
            Verdict = Verdict.Inconclusive, Kind = CheckKind.Rate, Rule = Describe(), DecidingQuantity = $"slope of ln {Quantity} on x over the tail",
            Value = double.NaN, Relation = "vs", ReferenceLabel = "limit", SampleCount = tail.Length, SampleUnit = "tail points",
        };
        if (tail.Length < Math.Max(2, MinimumPoints) || tail[^1].X <= X0)
            return result with { Reason = tail.Length == 0 ? "no tail point inside the theorem's hypotheses" : $"only {Int(tail.Length)} tail points" };
        double limit = DetMath.Log(2) / (tail[^1].X - X0);
        var slope = LogSlope.Interval(tail, _ => 1.0, Bootstrap);
        result = result with
        {
            Value = slope.Estimate, CiLow = slope.Low, CiHigh = slope.High, ConfidenceLevel = slope.ConfidenceLevel,
            IntervalMethod = HierarchicalBootstrap.Method, Reference = limit, Predicted = 0, SampleCount = slope.SampleCount, SampleUnit = "(data, teacher) draws",
            Detail = $"tail x ∈ [{F(X0)}, {F(tail[^1].X)}], {Int(tail.Length)} points; limit ln 2/{F(tail[^1].X - X0)} = {F(limit)}",
        };
        if (!slope.IsFinite) return result with { Reason = "no interval (one draw, or a value that is not a positive number)" };
        int censored = CensoredPoints.Count(tail);
        string note = censored == 0 ? "" : CensoredPoints.Note(censored, tail.Length, "tail points");
        if (slope.Low > limit && CensoredPoints.OnlyRaiseSlope(tail, x => x))
            return result with { Verdict = Verdict.Fail, Relation = ">", Reason = "drifts by more than a factor 2 over the tail" + (censored == 0 ? "" : $" ({note})") };
        if (censored > 0) return result with { Relation = "vs", Reason = note };
        if (slope.High <= limit) return result with { Verdict = Verdict.Pass, Relation = "≤" };
        return result with { Relation = "≤", Reason = "the CI straddles the limit" };
    }

    /// <summary>
    /// On the input's x grid and noise, y = e^(s·(x − x₀)): flat, s = 0 (PASS); s = 2·limit + 8 standard errors of the
    /// slope (FAIL); s = the limit, a factor 2 over the tail (borderline).
    /// </summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<RulePoint>>> Controls(IReadOnlyList<RulePoint> points)
    {
        var grid = ControlGrid.From(points.Select(p => p with { Bound = 1 }).ToArray(), InTail);
        var tailX = grid.X.Where((_, i) => grid.Judged[i]).ToArray();
        if (tailX.Length < 2 || tailX.Max() <= X0) yield break;
        double limit = DetMath.Log(2) / (tailX.Max() - X0);
        double mean = tailX.Average();
        double slopeError = grid.BetweenPointsStandardError / Math.Sqrt(tailX.Sum(x => (x - mean) * (x - mean)));
        double fast = 2 * limit + 8 * slopeError;
        yield return grid.Case("flat", Verdict.Pass, i => 1.0, Bootstrap);
        yield return grid.Case("drift e^(s·(x − x₀)), s = 2·limit + 8 SE", Verdict.Fail, i => DetMath.Exp(fast * (grid.X[i] - X0)), Bootstrap);
        yield return grid.Case("a factor 2 over the tail", null, i => DetMath.Exp(limit * (grid.X[i] - X0)), Bootstrap);
    }
}
