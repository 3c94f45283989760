using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// An upper bound known only up to its constant (principle 1, shape only): C = the largest estimate/shape on the
/// calibration slice (the lowest part of x); FAIL only if a held-out point's CI of (estimate/shape)/C lies above 1 + tol
/// and the CI of the slope of ln(estimate/shape) on x over the held-out points lies above 0; otherwise PASS. C is
/// itself an estimate: each resample recomputes it from the same draws and seeds as the held-out point, so the ratio's
/// CI carries C's error. Only points inside the theorem's hypotheses are used. <see cref="RulePoint.Bound"/> carries the shape.
/// </summary>
/// <param name="Quantity">What is measured, e.g. "m*".</param>
/// <param name="Shape">The shape in words, e.g. "log(2n/δ)".</param>
/// <param name="CalibrationFraction">Fraction of the points (lowest x first) that calibrates C, in (0, 1).</param>
/// <param name="Tolerance">Relative room above the envelope C·shape.</param>
/// <param name="Bootstrap">How the CIs are drawn.</param>
/// <param name="MinimumHeldOut">Fewest held-out points for a decision (a slope needs a few).</param>
/// <param name="SlopeOnLogX">Regress on ln x instead of x (for x swept over decades, e.g. n = 2⁵…2¹²).</param>
public sealed record ShapeEnvelopeRule(
    string Quantity, string Shape, BootstrapSettings Bootstrap, double CalibrationFraction = 0.5, double Tolerance = 0.25, int MinimumHeldOut = 3,
    bool SlopeOnLogX = false)
    : VerdictRule<IReadOnlyList<RulePoint>>
{
    private const int MinimumCalibration = 2;

    private string Regressor => SlopeOnLogX ? "ln x" : "x";

    private double Transform(double x) => SlopeOnLogX ? DetMath.Log(x) : x;

    /// <summary>How many of <paramref name="judged"/> points (lowest x first) calibrate C.</summary>
    public int CalibrationCount(int judged) => Math.Max(MinimumCalibration, (int)Math.Ceiling(CalibrationFraction * judged));

    public override string Describe()
        => $"Shape envelope, constant unknown: {Quantity} ≤ C·{Shape}. On the points inside the theorem's hypotheses, ordered by x, each estimated by the geometric mean over (data, teacher) draws of the geometric mean over initial seeds with its {Bootstrap.Describe()}: "
         + $"C is the largest estimate/({Shape}) on the calibration slice, the lowest {F(CalibrationFraction)} of the points (at least {Int(MinimumCalibration)}); the other points are held out. "
         + $"A held-out point's ratio is (estimate/({Shape}))/C; its CI recomputes C in every resample, from the same resampled draws and seeds as the point's estimate, so that it carries C's error. "
         + $"FAIL only if the CI of some held-out point's ratio lies wholly above 1 + {F(Tolerance)} and the CI of the slope of ln({Quantity}/{Shape}) on {Regressor} over the held-out points lies wholly above 0; PASS otherwise; "
         + $"INCONCLUSIVE with fewer than {Int(MinimumHeldOut)} held-out points, without intervals (one draw), with a censored calibration point (C unknown), or with a censored held-out point unless it makes a FAIL as a lower bound (only when every censored point lies at or above the held-out points' mean {Regressor}).";

    protected override VerdictResult Judge(IReadOnlyList<RulePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!(CalibrationFraction > 0 && CalibrationFraction < 1)) throw new ArgumentOutOfRangeException(nameof(CalibrationFraction), CalibrationFraction, "Must lie in (0, 1).");
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Must be ≥ 0.");
        var judged = points.Where(p => p.InHypotheses).OrderBy(p => p.X).ToArray();
        var result = new VerdictResult
        {
            Verdict = Verdict.Inconclusive, Kind = CheckKind.Rate, Rule = Describe(), DecidingQuantity = $"largest held-out ({Quantity}/{Shape})/C",
            Value = double.NaN, Relation = "vs", ReferenceLabel = "limit", Reference = 1 + Tolerance, Tolerance = Tolerance,
            SampleCount = judged.Length, SampleUnit = "points inside the theorem's hypotheses",
        };
        int calibration = CalibrationCount(judged.Length);
        if (judged.Length - calibration < MinimumHeldOut)
            return result with { Reason = judged.Length == 0 ? "no point inside the theorem's hypotheses" : $"{Int(judged.Length)} points: too few for {Int(MinimumCalibration)} calibration and {Int(MinimumHeldOut)} held-out" };
        double c = Constant(judged, calibration);
        var heldOut = HeldOutRatios(judged, calibration);
        var slope = LogSlope.Interval(judged[calibration..], p => p.Bound, Bootstrap.For("tail slope"), Transform);
        int worstIndex = Enumerable.Range(0, heldOut.Length).OrderByDescending(j => heldOut[j].Low).First();
        var worst = heldOut[worstIndex];
        double worstX = judged[calibration + worstIndex].X;
        result = result with
        {
            Value = worst.Estimate, CiLow = worst.Low, CiHigh = worst.High,
            ConfidenceLevel = Bootstrap.ConfidenceLevel, IntervalMethod = HierarchicalBootstrap.Method,
            Detail = $"C = {F(c)} from the lowest {Int(calibration)} points (x ≤ {F(judged[calibration - 1].X)}); slope of ln({Quantity}/{Shape}) on {Regressor} over the held-out points {F(slope.Estimate)} [{F(slope.Low)}, {F(slope.High)}]; "
                   + Join(heldOut.Select((r, j) => $"x = {F(judged[calibration + j].X)}: ratio/C {F(r.Estimate)} [{F(r.Low)}, {F(r.High)}]")),
        };
        if (!slope.IsFinite || heldOut.Any(r => double.IsNaN(r.Low)))
            return result with { Reason = "no interval (one draw, or a value that is not a positive number)" };
        if (CensoredPoints.Count(judged[..calibration]) > 0)
            return result with { Reason = "a calibration point is censored (a lower bound): C is unknown" };
        var heldOutPoints = judged[calibration..];
        int censored = CensoredPoints.Count(heldOutPoints);
        string note = censored == 0 ? "" : CensoredPoints.Note(censored, heldOutPoints.Length, "held-out points");
        bool above = worst.Low > 1 + Tolerance, rising = slope.Low > 0;
        if (above && rising && CensoredPoints.OnlyRaiseSlope(heldOutPoints, Transform))
            return result with { Verdict = Verdict.Fail, Relation = ">", Reason = $"above the envelope at x = {F(worstX)} and rising" + (censored == 0 ? "" : $" ({note})") };
        if (censored > 0) return result with { Reason = note };
        return result with
        {
            Verdict = Verdict.Pass, Relation = above ? ">" : "≤",
            Reason = above ? "above the envelope, but the tail slope's CI reaches 0" : "",
        };
    }

    /// <summary>
    /// C as <see cref="Decide"/> calibrates it (the largest estimate/shape on the calibration slice of the points inside the
    /// hypotheses), for drawing the envelope C·shape and the slack beside the verdict; NaN with too few points for a decision.
    /// </summary>
    public double Constant(IReadOnlyList<RulePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var judged = points.Where(p => p.InHypotheses).OrderBy(p => p.X).ToArray();
        int calibration = CalibrationCount(judged.Length);
        if (judged.Length - calibration < MinimumHeldOut) return double.NaN;
        return Constant(judged, calibration);
    }

    /// <summary>The largest estimate/shape over the first <paramref name="calibration"/> points of <paramref name="series"/>.</summary>
    private static double Constant(IReadOnlyList<RulePoint> series, int calibration)
        => Constant(series.Select(p => p.Samples).ToArray(), series.Select(p => p.Bound).ToArray(), calibration);

    private static double Constant(IReadOnlyList<double[][]> samples, double[] shapes, int calibration)
    {
        double c = double.NegativeInfinity;
        // Math.Max keeps a NaN, so a resample with a non-positive value has no C (and the interval no ends).
        for (int i = 0; i < calibration; i++) c = Math.Max(c, HierarchicalBootstrap.GeometricMean(samples[i]) / shapes[i]);
        return c;
    }

    /// <summary>
    /// Each held-out point's (estimate/shape)/C with its CI. One joint resample of the series (draws, then seeds, picked
    /// once for all points) gives both the point's estimate and C_b, the largest resampled estimate/shape on the
    /// calibration slice; the same stream for every held-out point keeps their resamples the same too.
    /// </summary>
    private ConfidenceInterval[] HeldOutRatios(RulePoint[] judged, int calibration)
    {
        var settings = Bootstrap.For("held-out ratio");
        return judged[calibration..].Select(point =>
        {
            // The calibration slice followed by this point: a sub-series resamples with the same draw and seed indices as the whole.
            var series = judged[..calibration].Append(point).ToArray();
            double[] shapes = series.Select(p => p.Bound).ToArray();
            return HierarchicalBootstrap.Percentile(series.Select(p => p.Samples).ToArray(),
                s => HierarchicalBootstrap.GeometricMean(s[calibration]) / shapes[calibration] / Constant(s, shapes, calibration), settings);
        }).ToArray();
    }

    /// <summary>
    /// On the input's grid (points inside the hypotheses with a finite, positive shape are judged) and noise: ∝ the
    /// shape (PASS); shape·exp(A·u), u rising 0 → 1 along the judged points (in the regressor), A = (ln(1 + tol) + ln 2
    /// + 8 SE)/(1 − f), SE without the draws' shared effect (FAIL); ∝ the shape on the calibration slice and (1 + tol) ×
    /// that on the held-out points (borderline).
    /// </summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<RulePoint>>> Controls(IReadOnlyList<RulePoint> points)
    {
        if (points.Count == 0) yield break;
        var grid = ControlGrid.From(points, p => p.InHypotheses && double.IsFinite(p.Bound) && p.Bound > 0);
        var rank = grid.JudgedRank(Transform);
        var order = grid.JudgedOrder();
        int calibration = CalibrationCount(grid.Judged.Count(j => j));
        double growth = (DetMath.Log(1 + Tolerance) + DetMath.Log(2) + 8 * grid.BetweenPointsStandardError) / (1 - CalibrationFraction);
        yield return grid.Case("∝ the shape", Verdict.Pass, i => 1.0, Bootstrap);
        yield return grid.Case("shape × e^(A·u), faster than any C·shape", Verdict.Fail, i => DetMath.Exp(growth * rank[i]), Bootstrap);
        yield return grid.Case("a step of (1 + tol) at the held-out slice", null, i => order[i] >= calibration ? 1 + Tolerance : 1.0, Bootstrap);
    }
}
