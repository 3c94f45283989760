using Repro.Theory.Bounds;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;
using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>
/// C6: the kernel (lazy) regime. (a) Exact: after projected training at radius ρ (every θ_i within ρ/√m of θ_i(0)),
/// max_X |F(X; Θ) − F_lin(X; Θ)| ≤ β_Tρ²/(2√m) at every width, with β_T the exact worst-case second-derivative bound of
/// the diagonal neuron at the λ valid in the ball (<see cref="HiddenStateCurvature"/>); the unprojected runs are checked the
/// same way in the ball their own largest move defines. (b) Descriptive: the unprojected
/// runs' max_i √m‖θ_i − θ_i(0)‖ against m (the lazy-regime signal, O(ν̄) and free of m) and the slope of the measured
/// error on ln m, which the twin cancellation of the symmetric initialization makes ≈ −1 instead of the bound's −1/2.
/// v1 has no per-neuron β_T (its units are coupled through W): it is descriptive; its projection ball is checked and shown,
/// but that checks projected GD's mechanics, not the claim.
/// </summary>
public sealed class Claim6LazyRegime : FixedPlanClaim
{
    private const int InputDimension = 4, SampleCount = 32, SequenceLength = 4, TeacherAtoms = TeacherSpec.RecommendedAtomCount;
    private const double ActivationScale = 1.0, RecurrentScale = 0.5;
    private const ulong BootstrapSeed = 20240219;

    /// <summary>ρ of the projected runs (project choice, fixed a priori: the Taylor bound holds for every ρ).</summary>
    public const double Radius = 2.0;

    public override Claim Claim { get; } = new(
        "C6",
        "Training stays in the kernel (lazy) regime",
        $"{ClaimText.Paper}v1 and v2: kernel-regime analysis with max-norm projection, resting on the local smoothness of the hidden state (abstract); "
        + "the remainder bound β_Tρ²/(2√m) is derived exactly here for the diagonal neuron of v2 (standard reading). v1 has no per-neuron β_T and is descriptive.",
        "Projected gradient descent keeps every neuron within ρ/√m of its start, so the network stays close to its linearization F_lin at Θ(0). "
        + "Why the gap is at most β_Tρ²/(2√m): F − F_lin = (1/√m)Σ_i c_i R_i, where R_i = h_T(θ_i) − h_T(θ_i(0)) − ⟨∇h_T(θ_i(0)), θ_i − θ_i(0)⟩ is the "
        + "second-order Taylor remainder of one neuron; by Taylor's theorem |R_i| ≤ ½ sup‖∇²_θ h_T‖₂ ‖θ_i − θ_i(0)‖², the sup over the segment, which "
        + "lies in the ball, where |w| ≤ α + ρ/√m, so that sup ≤ β_T at λ = σ₁(α + ρ/√m); with |c_i| = 1 and ‖θ_i − θ_i(0)‖ ≤ ρ/√m the m terms give "
        + "|F − F_lin| ≤ (1/√m)·m·½β_T(ρ/√m)² = β_Tρ²/(2√m), for every input with ‖x_t‖ ≤ 1. β_T is the exact worst-case bound on ‖∇²_θ h_T‖₂ "
        + "from the neuron's recursion (checked in C2), so a measured gap above the bound is a bug, not a finding. The argument needs only the ball, "
        + "so it also holds after unprojected training with ρ replaced by the run's own largest move D = max_i √m‖θ_i − θ_i(0)‖ (its end point lies in that ball). "
        + "Unprojected, each neuron still moves only O(ν̄/√m): max_i √m‖θ_i − θ_i(0)‖ stays O(ν̄) and free of m (the lazy regime). "
        + "The measured gap falls faster than the bound's 1/√m, at least like 1/m, because of the symmetric initialization: twin neurons start equal "
        + "(θ_{i+m/2}(0) = θ_i(0)) with opposite output signs (c_{i+m/2} = −c_i), so their gradients are opposite and they move in opposite directions "
        + "to first order (Δ_{i+m/2} = −Δ_i + O(1/m), with Δ_i = O(1/√m)); the quadratic terms ½Δᵀ∇²h_TΔ of a pair then cancel to leading order, "
        + "leaving O(m^(−3/2)) per pair, and (1/√m)·(m/2)·O(m^(−3/2)) = O(1/m). The bound is worst-case and does not use this cancellation, "
        + "so its slack shrinks like 1/√m as m grows.",
        "max over the training inputs of |F(X; Θ) − F_lin(X; Θ)| at the end of training, projected at radius ρ and unprojected, over widths m "
        + "(≥ 4 octaves), (data, teacher) draws and initial seeds; max_i √m‖θ_i − θ_i(0)‖ over neurons and steps of every run.",
        "|F − F_lin| ≤ β_Tr²/(2√m) in every run at every width, β_T the exact second-derivative bound at λ = σ₁(α + r/√m), r = ρ (projected) or the run's "
        + "own D (unprojected) (v2); max_i √m‖θ_i − θ_i(0)‖ ≤ ρ (projection); unprojected: D = O(ν̄), free of m; measured gap ∝ m^(−1) (twin cancellation).",
        [CheckKind.Bound],
        "Per model, the worse (FAIL over INCONCLUSIVE over PASS) of the parts. (a) The gap, run by run, projected and unprojected (v2 only): "
        + LinearizationRule.Describe() + " (a) The projection ball, run by run: " + ProjectionRule.Describe()
        + " The unprojected moves against m and the slopes on ln m are descriptive.");

    /// <summary>The rule of part (a): every run's gap within the exact bound in its ball (a violation is a bug).</summary>
    public static BoundAlwaysHoldsRule LinearizationRule { get; } =
        new("gap max_X |F − F_lin| over the training inputs (its bound β_Tr²/(2√m), r = ρ projected, the run's own D unprojected)", SampleUnit: "runs");

    /// <summary>The projection's own guarantee: every neuron of every projected run stays in its ball.</summary>
    public static BoundAlwaysHoldsRule ProjectionRule { get; } =
        new("move max_i √m‖θ_i − θ_i(0)‖ over neurons and steps (its bound ρ)", SampleUnit: "projected runs");

    /// <summary>Why v1 is descriptive here.</summary>
    public const string V1Descriptive = "β_T is derived for the diagonal neuron only. v1's hidden units are coupled through W, so "
        + "F − F_lin is not a sum of per-neuron remainders, and the row-wise ball (each row of (W, U) within ρ/√m) lets ‖W − W(0)‖₂ reach ρ, "
        + "not O(1/√m): the per-neuron Taylor bound does not carry over. No bound is drawn. The projection ball is checked, but it is a property of "
        + "projected GD itself, not of the lazy regime, so v1 is descriptive";

    /// <summary>Widths: ≥ 4 octaves for v2 in every profile but smoke; v1 (O(m²) per step) over fewer.</summary>
    private static int[] Widths(ExperimentScope scope, string model) => model == ModelNames.Diagonal
        ? scope.Pick<int[]>([16, 64, 256], [16, 32, 64, 128, 256, 512, 1024, 2048], [16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192])
        : scope.Pick<int[]>([8, 32], [8, 16, 32, 64, 128, 256], [8, 16, 32, 64, 128, 256, 512]);

    private static int Steps(ExperimentScope scope) => scope.Pick(50, 200, 1000);

    /// <summary>(data, teacher) draws: each has its own inputs and teacher.</summary>
    private static int Draws(ExperimentScope scope) => scope.Pick(2, 5, 8);

    /// <summary>Initial seeds within each draw (the --seeds override sets this).</summary>
    private static IReadOnlyList<int> Seeds(ExperimentScope scope) => scope.SeedList(1, 2, 4);

    private static TrainingUnit Unit(ExperimentScope scope, string model, int width, int draw, int seed, bool projected)
        => new(new TaskSetting(model, ActivationScale, RecurrentScale, InputDimension, SampleCount, SequenceLength, DataSeed: 600 + draw, TeacherAtoms,
                TransportNorm: 1, TeacherSeed: 600 + draw),
            width, seed, RelativeTarget: 1e-9, PaperConstants.StepSizeScale, projected ? Radius : double.PositiveInfinity, Steps(scope),
            TrainingUnit.LastIterate, MeasureSensitivity: false, MeasureLinearization: true);

    protected override IEnumerable<IUnit> Plan(ExperimentScope scope, string model)
    {
        foreach (int width in Widths(scope, model))
            for (int draw = 0; draw < Draws(scope); draw++)
                foreach (int seed in Seeds(scope))
                {
                    yield return Unit(scope, model, width, draw, seed, projected: true);
                    yield return Unit(scope, model, width, draw, seed, projected: false);
                }
    }

    protected override ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results)
    {
        bool diagonal = model == ModelNames.Diagonal;
        int[] widths = Widths(scope, model);
        Width[] projected = widths.Select(m => Measure(scope, model, m, projected: true, results)).ToArray();
        Width[] free = widths.Select(m => Measure(scope, model, m, projected: false, results)).ToArray();

        var parts = new List<(string Part, VerdictResult Result)>();
        if (diagonal)
        {
            parts.Add(("(a) gap, projected at ρ", GapVerdict(projected)));
            parts.Add(("(a) gap, unprojected, in the ball of its own D", GapVerdict(free)));
        }
        parts.Add(("(a) projection ball", ProjectionRule.Decide(projected.SelectMany(w => w.Runs.Select(o => new BoundPoint(o.MaxScaledDeviation, Radius))).ToList())));

        BootstrapSettings bootstrap = new(BootstrapSeed, $"C6/{model}");
        var figures = new List<FigureData>
        {
            GapFigure(projected, bootstrap.For("projected gap"),
                $"C6-{model}-linearization", Invariant($"Gap to the linearization at Θ(0) after projected training (ρ = {Radius:G3}) vs width — {ModelNames.Describe(model)}")),
            DeviationFigure(model, projected, free, bootstrap.For("deviation")),
            GapFigure(free, bootstrap.For("unprojected gap"),
                $"C6-{model}-linearization-unprojected", $"Gap to the linearization at Θ(0) after unprojected training vs width — {ModelNames.Describe(model)}"),
        };

        var constants = new List<ConstantValue>
        {
            new("projection radius", "ρ", Radius, "project choice, fixed a priori (the bound holds for every ρ)"),
            new("step-size scale", "η₀", PaperConstants.StepSizeScale, "project choice: η = η₀/(σ₁²S_T(λ₀)²(1+σ₀²)), λ₀ = σ₁α (v2), σ₁‖W(0)‖₂ (v1)"),
        };
        if (diagonal)
        {
            var sigma = new Activation(ActivationScale);
            constants.Add(new("activation bounds", "σ₀ = σ₁", sigma.Lipschitz, "σ = a·tanh, a = 1"));
            constants.Add(new("activation curvature", "σ₂", sigma.Smoothness, "4a/(3√3), sup|σ''|"));
            constants.Add(new("β_T at the smallest width", Invariant($"β_{SequenceLength} (m = {widths[0]})"), projected[0].CurvatureAt(Radius).HessianBound,
                Invariant($"exact, HiddenStateCurvature at λ = σ₁(α + ρ/√m) = {projected[0].CurvatureAt(Radius).Lambda:G4}")));
            constants.Add(new("β_T at the largest width", Invariant($"β_{SequenceLength} (m = {widths[^1]})"), projected[^1].CurvatureAt(Radius).HessianBound,
                Invariant($"exact, HiddenStateCurvature at λ = σ₁(α + ρ/√m) = {projected[^1].CurvatureAt(Radius).Lambda:G4}")));
        }

        return new ModelAnalysis(model, PartsVerdict.Worst(parts), null, figures, constants,
            [
                new("n, d, T", $"{SampleCount}, {InputDimension}, {SequenceLength}"),
                new("a, α", Invariant($"{ActivationScale:G3}, {RecurrentScale:G3}")),
                new("training", Invariant($"{Steps(scope)} gradient steps, projected at ρ = {Radius:G3} and unprojected (ρ = ∞), same η")),
                new("widths", string.Join(", ", widths)),
                new("draws × seeds", $"{Draws(scope)} (data, teacher) draws × {Seeds(scope).Count} initial seeds"),
            ],
            UnitKeys: [],
            // v1's only judged part would be the projection ball, which checks projected GD's mechanics, not the claim.
            DescriptiveReason: diagonal ? null : "descriptive: " + V1Descriptive);
    }

    /// <summary>
    /// Part (a): every run's measured gap against the bound in its ball. A run that diverged has no gap (the trainer stops
    /// before measuring it): no violation, but the bound was not checked there, so a PASS with such runs is INCONCLUSIVE
    /// and says how many. (In a ball the loss is bounded: only a non-finite step does that there.)
    /// </summary>
    private static VerdictResult GapVerdict(Width[] widths)
    {
        VerdictResult verdict = LinearizationRule.Decide(widths
            .SelectMany(w => w.Runs.Where(o => o.LinearizationError is not null).Select(o => new BoundPoint(o.LinearizationError!.Value, w.BoundOf(o)))).ToList());
        int missing = widths.Sum(w => w.Runs.Count(o => o.LinearizationError is null));
        if (missing == 0 || verdict.Verdict == Verdict.Fail) return verdict;
        string why = Invariant($"{missing} of {widths.Sum(w => w.Runs.Count())} runs diverged, so their gap was not measured");
        return verdict with { Verdict = Verdict.Inconclusive, Reason = verdict.Reason.Length == 0 ? why : $"{verdict.Reason}; {why}" };
    }

    private Width Measure(ExperimentScope scope, string model, int width, bool projected, IResultSource results)
        => new(width, Enumerable.Range(0, Draws(scope))
            .Select(draw => Seeds(scope).Select(seed => results.Get<TrainingOutcome>(Unit(scope, model, width, draw, seed, projected))).ToArray())
            .ToArray(), projected, Bounded: model == ModelNames.Diagonal);

    /// <summary>
    /// The gap per width (geometric mean with its CI) with the worst run's slack against its own bound, and the smallest
    /// bound of the width's runs drawn (one value when projected); without a bound (v1) the points are outside the bound's
    /// hypotheses and the figure is descriptive. The fitted slope on ln m is descriptive.
    /// </summary>
    private static FigureData GapFigure(Width[] widths, BootstrapSettings bootstrap, string id, string title)
    {
        bool bounded = widths.All(w => w.Bounded);
        double[][][] samples = widths.Select(w => w.Samples(o => o.LinearizationError ?? double.NaN)).ToArray();
        var series = new List<SeriesData>
        {
            new(bounded ? "measured (geometric mean over draws and seeds; slack = worst run/its bound)" : "measured (geometric mean over draws and seeds; no bound)",
                SeriesKind.Measured, widths.Select((w, i) => Point(w.M, samples[i], bootstrap.For(Invariant($"m={w.M}")), bounded ? WorstSlack(w.Runs, o => o.LinearizationError, w.BoundOf) : null, !bounded)).ToList()),
        };
        if (bounded)
            series.Add(new SeriesData(widths[0].Projected
                    ? "bound β_Tρ²/(2√m) (exact β_T at λ = σ₁(α + ρ/√m))"
                    : "bound β_TD²/(2√m) at the run's own D = max_i √m‖θ_i − θ_i(0)‖ (smallest over the width's runs)",
                SeriesKind.Bound, widths.Select(w => new SeriesPoint(w.M, w.Runs.Min(w.BoundOf))).ToList()));
        series.Add(Fit(widths, samples, bootstrap.For("slope")));
        return new FigureData(id, title, "width m (neurons)", "max_X |F − F_lin| (output units)", LogX: true, LogY: true, series, Descriptive: !bounded,
            Finding: bounded ? "" : V1Descriptive);
    }

    /// <summary>
    /// The largest scaled move per width: projected runs against ρ (judged, with the worst run's slack); unprojected runs
    /// (the lazy-regime signal) beside ν̄_eff = D, the transported comparator's displacement, with their slope on ln m.
    /// </summary>
    private static FigureData DeviationFigure(string model, Width[] projected, Width[] free, BootstrapSettings bootstrap)
    {
        double[][][] samples = free.Select(w => w.Samples(o => o.MaxScaledDeviation)).ToArray();
        double nu = HierarchicalBootstrap.GeometricMean(free[0].Samples(o => o.EffectiveTransportNorm));
        // D = ν̄_eff for the diagonal model's transported comparator; v1 has no comparator (its data come from the diagonal teacher).
        string reference = model == ModelNames.Diagonal ? "the comparator's displacement D" : "the teacher's effective transport norm";
        return new FigureData($"C6-{model}-deviation", $"Largest scaled move of a neuron vs width — {ModelNames.Describe(model)}",
            "width m (neurons)", "max_i √m‖θ_i − θ_i(0)‖ (parameter units)", LogX: true, LogY: true,
            [
                new(Invariant($"projected at ρ = {Radius:G3} (slack = worst run/ρ)"), SeriesKind.Measured, projected.Select(w =>
                    Point(w.M, w.Samples(o => o.MaxScaledDeviation), bootstrap.For(Invariant($"projected m={w.M}")), WorstSlack(w.Runs, o => o.MaxScaledDeviation, _ => Radius), false)).ToList()),
                new("bound ρ", SeriesKind.Bound, projected.Select(w => new SeriesPoint(w.M, Radius)).ToList()),
                new("unprojected (descriptive)", SeriesKind.Measured,
                    free.Select((w, i) => Point(w.M, samples[i], bootstrap.For(Invariant($"m={w.M}")), null, false)).ToList()),
                new(Invariant($"ν̄_eff = {nu:G3}: {reference} (geometric mean over draws)"), SeriesKind.Predicted,
                    free.Select(w => new SeriesPoint(w.M, nu)).ToList()),
                Fit(free, samples, bootstrap.For("slope")),
            ]);
    }

    /// <summary>The largest measured value/bound over runs (null: nothing measured).</summary>
    private static double? WorstSlack(IEnumerable<TrainingOutcome> runs, Func<TrainingOutcome, double?> value, Func<TrainingOutcome, double> bound)
        => runs.Where(o => value(o) is not null).Select(o => (double?)(value(o)!.Value / bound(o))).Max();

    /// <summary>The least-squares power law through the geometric means, its exponent with a hierarchical-bootstrap CI in the name.</summary>
    private static SeriesData Fit(Width[] widths, double[][][] samples, BootstrapSettings bootstrap)
    {
        double[] x = widths.Select(w => DetMath.Log(w.M)).ToArray();
        double[] y = samples.Select(HierarchicalBootstrap.LogMean).ToArray();
        if (y.Any(v => !double.IsFinite(v))) return new SeriesData("least-squares fit: not finite (a run diverged or was not measured)", SeriesKind.Predicted, []);
        LinearFit fit = LeastSquares.Fit(x, y);
        RulePoint[] points = widths.Select((w, i) => new RulePoint(w.M, samples[i], 1.0, true)).ToArray();
        ConfidenceInterval ci = LogSlope.Interval(points, _ => 1.0, bootstrap, DetMath.Log);
        string interval = double.IsNaN(ci.Low) ? "" : Invariant($" [{ci.Low:F2}, {ci.High:F2}]");
        return new SeriesData(Invariant($"least-squares fit ∝ m^({fit.Slope:F2}){interval} (descriptive)"), SeriesKind.Predicted,
            widths.Select((w, i) => new SeriesPoint(w.M, DetMath.Exp(fit.Predict(x[i])))).ToList());
    }

    private static SeriesPoint Point(int width, double[][] samples, BootstrapSettings bootstrap, double? slack, bool outside)
    {
        ConfidenceInterval ci = HierarchicalBootstrap.GeometricMeanInterval(samples, bootstrap);
        return SeriesPoint.Of(width, ci) with { OutsideHypotheses = outside, Slack = slack };
    }

    /// <summary>One width's runs [draw][seed], projected at ρ or not, and whether their gap has a bound (v2).</summary>
    private sealed record Width(int M, TrainingOutcome[][] Outcomes, bool Projected, bool Bounded)
    {
        public IEnumerable<TrainingOutcome> Runs => Outcomes.SelectMany(d => d);

        public double[][] Samples(Func<TrainingOutcome, double> value) => Outcomes.Select(d => d.Select(value).ToArray()).ToArray();

        /// <summary>
        /// The ball a run ends in: ρ when projected (from the unit's settings, not from the run, so a wrong projection cannot
        /// loosen its own bound: the projection part checks it), else the run's largest move over steps, which includes the end.
        /// </summary>
        public double RadiusOf(TrainingOutcome run) => Projected ? Radius : run.MaxScaledDeviation;

        /// <summary>The exact curvature bound β_T valid in the ball of radius r: λ = σ₁(α + r/√m).</summary>
        public HiddenStateCurvature CurvatureAt(double radius)
        {
            var sigma = new Activation(ActivationScale);
            return HiddenStateCurvature.Diagonal(sigma.Bound, sigma.Lipschitz, sigma.Smoothness, RecurrentScale, radius, M, SequenceLength);
        }

        /// <summary>β_Tr²/(2√m) for the run's ball r (+∞: no bound; NaN: its radius is not a number).</summary>
        public double BoundOf(TrainingOutcome run)
        {
            double r = RadiusOf(run);
            if (!Bounded) return double.PositiveInfinity;
            return r >= 0 ? CurvatureAt(r).LinearizationErrorBound(r, M) : double.NaN;
        }
    }
}
