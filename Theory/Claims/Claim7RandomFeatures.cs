using Repro.Theory.Bounds;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using Repro.Theory.Targets;
using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>
/// C7: n enters the width only through a union bound. No training: for each (data, teacher) draw and initial seed one
/// <see cref="RandomFeatureSweepUnit"/> streams once over the 2^max samples and records, at every width of a
/// quarter-octave grid and every octave prefix n, the worst and the RMS error of the transported comparator's
/// linearization. m_RF(n) is the width at which the worst error over the first n samples reaches ε_∞ in ≥ 1 − δ of the
/// seeds, each seed's crossing interpolated between adjacent grid widths; the union bound says m_RF(n) ≤ C·log(2n/δ),
/// tested one-sided (<see cref="ShapeEnvelopeRule"/>). The same with the RMS error (no union bound: flat in n) is shown
/// beside it, descriptive. v1 has no transported comparator: not applicable.
/// </summary>
public sealed class Claim7RandomFeatures : FixedPlanClaim
{
    private const int InputDimension = 4, SequenceLength = 2, SmallestWidth = 2, WidthsPerOctave = 4, SmallestSampleCount = 8;
    private const double ActivationScale = 1.0, RecurrentScale = 0.5;
    private const ulong BootstrapSeed = 20240219;

    /// <summary>ε, the project's relative-loss target (C4's): R̂(Θ̄) ≤ ε·Var.</summary>
    public const double RelativeLoss = 0.05;

    /// <summary>
    /// ε_∞ = √(2ε) in target units (the teacher's output std on its own reference sample is 1): a comparator whose worst error
    /// on the n samples is ≤ ε_∞ has R̂(Θ̄) = (1/2n)Σ_j e_j² ≤ ε — the uniform guarantee the union bound buys (docs/decisions.md).
    /// </summary>
    public static readonly double UniformTolerance = Math.Sqrt(2 * RelativeLoss);

    /// <summary>The teacher's M-atom noise at the union-bound level, σ_MC·√(2 log(2n/δ)), must stay below this share of ε_∞.</summary>
    public const double TeacherNoiseShare = 0.25;

    private static readonly ShapeEnvelopeRule Rule = new("m_RF", "log(2n/δ)", new BootstrapSettings(BootstrapSeed, "C7/v2/envelope"), SlopeOnLogX: true);

    public override Claim Claim { get; } = new(
        "C7",
        "log n enters only through a union bound",
        $"{ClaimText.Paper}v1, abstract (width logarithmic in n via the random-feature approximation of the transport class); same mechanism in v2. The Hoeffding-plus-union-bound form is the standard reading.",
        "The infinite-width target is approximated by the m random features present at initialization: the transported comparator's linearization "
        + "F_lin(X; Θ̄) = (1/m)Σ_i ⟨∇_θ h_T(X; θ_i(0)), v(θ_i(0))⟩ is an m-sample average whose mean is the target. By Hoeffding's inequality each "
        + "sample's error exceeds ε_∞ with probability ≤ 2e^(−mε_∞²/c), and a union bound over the n samples makes the worst one ≤ ε_∞ with "
        + "probability ≥ 1 − δ once m ≥ (c/ε_∞²)·log(2n/δ). This is the only place where n enters the width, which is why it needs to grow only "
        + "logarithmically in n. The average error needs no union bound: its width does not grow with n.",
        Invariant($"m_RF(n): the smallest width m whose transported comparator has max_(j ≤ n) |F_lin(X_j; Θ̄) − y_j| ≤ ε_∞ = {UniformTolerance:G3} (target units) in ≥ {1 - PaperConstants.FailureProbability:G3} of the initial seeds, ")
        + "per (data, teacher) draw, over n = 2³ … 2^max on nested datasets (no training); beside it the same width for the RMS error.",
        Invariant($"m_RF(n) ≤ C·log({PaperConstants.UnionBoundMultiplier}n/δ), δ = {PaperConstants.FailureProbability} (one-sided: a slower growth is consistent with it); the RMS-error width flat in n."),
        [CheckKind.Rate],
        Invariant($"Per initial seed, the width at which its worst error over the first n samples crosses ε_∞ = √(2ε) = {UniformTolerance:G3}, ε = {RelativeLoss}, interpolated linearly in ln m against ln error between the two adjacent grid widths; ")
        + Invariant($"per (data, teacher) draw, m_RF(n) is the (S − ⌊δ·S⌋)-th smallest of its S seeds' widths (all but ⌊δ·S⌋ seeds cross at or below it, δ = {PaperConstants.FailureProbability}), censored at the largest width when that seed does not cross on the grid; ")
        + Invariant($"n is inside the hypotheses when the teacher's Monte-Carlo noise σ_MC·√(2 log(2n/δ)) ≤ {TeacherNoiseShare}·ε_∞ at every draw. ")
        + Rule.Describe());

    /// <summary>n up to 2¹²: smoke still spans three decades, since m_RF rises faster than log(2n/δ) below n ≈ 2⁹ (docs/decisions.md).</summary>
    private static int LargestSampleCount(ExperimentScope scope) => scope.Pick(1 << 12, 1 << 16, 1 << 20);

    /// <summary>m up to 512: 2× above the largest m_RF measured at n = 2¹⁶ (docs/decisions.md).</summary>
    private static int LargestWidth(ExperimentScope scope) => scope.Pick(512, 512, 512);

    private static int TeacherAtoms(ExperimentScope scope) => scope.Pick(2048, 4096, 4096);

    private static int Draws(ExperimentScope scope) => scope.Pick(2, 5, 5);

    /// <summary>Initial seeds per draw: 20 for δ = 0.05, so that "≥ 1 − δ of the seeds" is 19 of 20 (the --seeds override sets this).</summary>
    private static IReadOnlyList<int> Seeds(ExperimentScope scope) => scope.SeedList(8, 20, 20);

    private static RandomFeatureSweepUnit Unit(ExperimentScope scope, int draw, int seed)
        => new(new TaskSetting(ModelNames.Diagonal, ActivationScale, RecurrentScale, InputDimension, LargestSampleCount(scope), SequenceLength, DataSeed: 700 + draw,
                TeacherAtoms(scope), TransportNorm: 1, TeacherSeed: 700 + draw),
            SmallestWidth, LargestWidth(scope), WidthsPerOctave, SmallestSampleCount, seed);

    protected override IEnumerable<IUnit> Plan(ExperimentScope scope, string model)
    {
        if (model != ModelNames.Diagonal) yield break;
        for (int draw = 0; draw < Draws(scope); draw++)
            foreach (int seed in Seeds(scope))
                yield return Unit(scope, draw, seed);
    }

    protected override ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results)
    {
        if (model != ModelNames.Diagonal)
            return new ModelAnalysis(model, null,
                "Not applicable: the transported comparator θ̄_i = θ_i(0) + (c_i/√m)·v(θ_i(0)) is defined through the diagonal neuron (w, u); "
                + "a v1 row (W_i, U_i) couples all units, so the transport class has no per-row comparator of this form.",
                [], [], [], []);

        RandomFeatureSweepUnit first = Unit(scope, 0, 0);
        int[] widths = first.Widths(), counts = first.SampleCounts();
        RandomFeatureSweepOutcome[][] outcomes = Enumerable.Range(0, Draws(scope))
            .Select(draw => Seeds(scope).Select(seed => results.Get<RandomFeatureSweepOutcome>(Unit(scope, draw, seed))).ToArray()).ToArray();
        var sweep = new WidthSweep(widths, counts, outcomes);

        WidthPoint[] uniform = Enumerable.Range(0, counts.Length).Select(c => sweep.Point(c, t => t.MaxError)).ToArray();
        WidthPoint[] average = Enumerable.Range(0, counts.Length).Select(c => sweep.Point(c, t => t.RootMeanSquareError)).ToArray();
        double noise = outcomes.SelectMany(d => d).Max(o => o.TeacherNoise);
        // A censored m_RF (the grid exhausted at some draw) is a lower bound: the rule lets it support a FAIL, never a PASS.
        RulePoint[] points = uniform.Select(p => new RulePoint(p.N, p.Samples, Shape(p.N), InHypotheses(p.N, noise), p.Censored)).ToArray();
        VerdictResult verdict = Rule.Decide(points);
        if (verdict.Verdict == Verdict.Pass && uniform.Where((p, i) => points[i].InHypotheses).Count(p => p.BelowGrid) is int below and > 0)
            verdict = verdict with { Verdict = Verdict.Inconclusive, Reason = Invariant($"at {below} n some draw's m_RF is the smallest grid width, an upper bound: it cannot support a PASS") };
        double constant = Rule.Constant(points);

        var bootstrap = new BootstrapSettings(BootstrapSeed, "C7/v2/points");
        var envelope = double.IsFinite(constant)
            ? new SeriesData(Invariant($"envelope C·log(2n/δ), C = {constant:G3} (calibrated on the lower n)"), SeriesKind.Bound,
                counts.Select(n => new SeriesPoint(n, constant * Shape(n))).ToList())
            : null;
        double range = FeatureRange(outcomes.SelectMany(d => d).Max(o => o.EffectiveTransportNorm));
        List<SeriesData> widthSeries =
        [
            new(Invariant($"m_RF(n): worst error ≤ ε_∞ in ≥ {1 - PaperConstants.FailureProbability:G3} of seeds"), SeriesKind.Measured,
                uniform.Select((p, c) => p.Describe(bootstrap.For(Invariant($"uniform n={p.N}")), !points[c].InHypotheses, constant * Shape(p.N))).ToList()),
            .. envelope is null ? [] : new[] { envelope },
            new(Invariant($"Hoeffding + union bound with constants, (2B/ε_∞)²·log(2n/δ), B = {range:G3} (not judged)"), SeriesKind.Bound,
                counts.Select(n => new SeriesPoint(n, HoeffdingWidth(range, n))).ToList()),
            new("RMS error ≤ ε_∞ (no union bound; descriptive)", SeriesKind.Measured,
                average.Select(p => p.Describe(bootstrap.For(Invariant($"average n={p.N}")), false, double.NaN)).ToList()),
        ];

        return new ModelAnalysis(model, verdict, null,
            [
                new FigureData("C7-v2-width", "Width whose transported comparator reaches ε_∞ vs n — v2 (diagonal)",
                    "sample count n (sequences)", "m_RF(n) (neurons)", LogX: true, LogY: true, widthSeries),
                new FigureData("C7-v2-errors", "Worst and RMS random-feature error vs n at fixed m — v2 (diagonal)",
                    "sample count n (sequences)", "|F_lin(X_j; Θ̄) − y_j| (target units)", LogX: true, LogY: true, ErrorSeries(sweep, counts, bootstrap), Descriptive: true),
            ],
            [
                new ConstantValue("uniform tolerance", "ε_∞ = √(2ε)", UniformTolerance, Invariant($"project choice: ε = {RelativeLoss} (C4's relative target); worst error ≤ ε_∞ ⇒ R̂(Θ̄) ≤ ε·Var")),
                new ConstantValue("failure probability", "δ", PaperConstants.FailureProbability, "project choice (PaperConstants)"),
                new ConstantValue("union-bound multiplier", "U in log(U·n/δ)", PaperConstants.UnionBoundMultiplier, "standard reading (two-sided Hoeffding)"),
                new ConstantValue("envelope constant", "C", constant, "fitted: largest m_RF/log(2n/δ) on the calibration slice"),
                new ConstantValue("feature bound", "B = ν̄_eff·σ₁√(S_T(λ)² + σ₀²S_(T−1)(λ)²), λ = σ₁α", range, "exact (C2's hidden-state bounds), ν̄_eff the largest over draws"),
                new ConstantValue("teacher-noise share", "σ_MC·√(2 log(2n/δ)) ≤ s·ε_∞", TeacherNoiseShare, "project choice: the M-atom teacher stands in for its expectation"),
            ],
            [
                new("d, T, a, α", Invariant($"{InputDimension}, {SequenceLength}, {ActivationScale}, {RecurrentScale}")),
                new("teacher atoms M", Invariant($"{TeacherAtoms(scope)}")),
                new("teacher Monte-Carlo noise σ_MC, largest over draws", Invariant($"{noise:G3} (target units)")),
                new("widths m", Invariant($"{widths[0]} … {widths[^1]}, {WidthsPerOctave} per octave ({widths.Length} widths, nested)")),
                new("grid resolution", Invariant($"×{GridStep:G3} per width step; each seed's crossing of ε_∞ is interpolated between adjacent widths (ln m linear in ln error), so m_RF is not quantized to the grid")),
                new("n", Invariant($"{counts[0]} … {counts[^1]} (octaves, nested)")),
                new("draws × seeds", Invariant($"{Draws(scope)} (data, teacher) draws × {Seeds(scope).Count} initial seeds")),
                new("Var(y), mean over draws", Invariant($"{outcomes.Average(d => d[0].TargetVariance):G3}")),
                new("m_RF / Hoeffding + union-bound width (not judged)", HoeffdingSlack(uniform, points, range)),
                new("n inside the hypotheses; censored m_RF (grid exhausted at some draw)",
                    Invariant($"{points.Count(p => p.InHypotheses)} of {points.Length}; {uniform.Count(p => p.Censored)} of {uniform.Length}")),
            ],
            UnitKeys: []);
    }

    /// <summary>
    /// B ≥ |g(X; θ)| = |⟨v(θ), ∇_θ h_T(X; θ)⟩| for every θ in the support of μ₀ (|w| ≤ α) and every input: ‖v‖ ≤ ν̄_eff times
    /// C2's exact bound on ‖∇_θ h_T‖ at λ = σ₁α.
    /// </summary>
    private static double FeatureRange(double effectiveTransportNorm)
        => effectiveTransportNorm * HiddenStateBounds.Diagonal(ActivationScale, ActivationScale, RecurrentScale, 0, 1, SequenceLength).ParameterGradientBound;

    /// <summary>
    /// The width at which Hoeffding (m/2 independent features in [−B, B]: P(|mean − E| ≥ ε) ≤ 2e^(−mε²/(4B²))) and a union
    /// bound over n samples give max_j error ≤ ε_∞ with probability ≥ 1 − δ: (2B/ε_∞)²·log(2n/δ), against E_μ₀ (the
    /// teacher's Monte-Carlo noise aside).
    /// </summary>
    private static double HoeffdingWidth(double range, double n) => 4 * range * range / (UniformTolerance * UniformTolerance) * Shape(n);

    /// <summary>The ratio of adjacent grid widths, 2^(1/widths per octave).</summary>
    private static double GridStep => DetMath.Exp(DetMath.Log(2) / WidthsPerOctave);

    /// <summary>
    /// m_RF (geometric mean over draws) against the Hoeffding + union-bound width with constants, at the lowest and the
    /// highest n inside the hypotheses: how much the worst-case constants overstate the width (descriptive).
    /// </summary>
    private static string HoeffdingSlack(WidthPoint[] uniform, RulePoint[] points, double range)
    {
        var judged = uniform.Where((_, c) => points[c].InHypotheses).ToArray();
        if (judged.Length == 0) return "no n inside the hypotheses";
        string At(WidthPoint p) => Invariant($"{HierarchicalBootstrap.GeometricMean(p.Samples) / HoeffdingWidth(range, p.N):G3} at n = {p.N}{(p.Censored ? " (censored: a lower bound)" : "")}");
        return At(judged[0]) + " … " + At(judged[^1]);
    }

    /// <summary>log(2n/δ), the union bound's n-dependence.</summary>
    private static double Shape(double n) => PredictedShapes.UnionLog(n, PaperConstants.FailureProbability);

    /// <summary>The M-atom teacher is its expectation up to noise well below ε_∞ at the union-bound level for n samples.</summary>
    private static bool InHypotheses(double n, double noise)
        => noise * Math.Sqrt(PaperConstants.HoeffdingFactor * Shape(n)) <= TeacherNoiseShare * UniformTolerance;

    /// <summary>Worst and RMS error at three widths against n, geometric mean over draws and seeds, with ε_∞ (descriptive).</summary>
    private static List<SeriesData> ErrorSeries(WidthSweep sweep, int[] counts, BootstrapSettings bootstrap)
    {
        var series = new List<SeriesData>();
        foreach (int m in new[] { 16, 64, 256 }.Where(m => Array.IndexOf(sweep.Widths, m) >= 0))
        {
            int w = Array.IndexOf(sweep.Widths, m);
            series.Add(new SeriesData($"worst over n, m = {m}", SeriesKind.Measured, counts.Select((n, c) => sweep.ErrorPoint(w, c, t => t.MaxError, bootstrap.For(Invariant($"max m={m} n={n}")))).ToList()));
            series.Add(new SeriesData($"RMS, m = {m}", SeriesKind.Measured, counts.Select((n, c) => sweep.ErrorPoint(w, c, t => t.RootMeanSquareError, bootstrap.For(Invariant($"rms m={m} n={n}")))).ToList()));
        }
        series.Add(new SeriesData(Invariant($"ε_∞ = {UniformTolerance:G3}"), SeriesKind.Bound, counts.Select(n => new SeriesPoint(n, UniformTolerance)).ToList()));
        return series;
    }

    /// <summary>The outcomes [draw][seed] of one sweep over the width and n grids.</summary>
    internal sealed record WidthSweep(int[] Widths, int[] Counts, RandomFeatureSweepOutcome[][] Outcomes)
    {
        /// <summary>Failures allowed among the seeds of a draw: ⌊δ·S⌋ (1 of 20 at δ = 0.05).</summary>
        private static int AllowedFailures(int seeds) => (int)Math.Floor(PaperConstants.FailureProbability * seeds + 1e-9);

        /// <summary>
        /// Per draw, the width below which all but ⌊δ·S⌋ seeds have crossed ε_∞ with the error <paramref name="error"/>
        /// over the first n samples (<see cref="CrossingWidth"/>): the (S − ⌊δ·S⌋)-th smallest crossing. When those seeds
        /// do not all cross on the grid, the largest width, a strict lower bound, and the point is censored.
        /// </summary>
        public WidthPoint Point(int c, Func<RandomFeatureTable, double[][]> error)
        {
            bool censored = false, belowGrid = false;
            double[][] samples = Outcomes.Select(draw =>
            {
                double[] crossings = draw.Select(o => CrossingWidth(Widths, error(o.Errors).Select(row => row[c]).ToArray(), UniformTolerance)).Order().ToArray();
                double width = crossings[crossings.Length - 1 - AllowedFailures(crossings.Length)];
                censored |= double.IsPositiveInfinity(width);
                belowGrid |= width <= Widths[0]; // an interpolated crossing lies above the smallest width: this one is below the grid
                return new[] { double.IsPositiveInfinity(width) ? Widths[^1] : width };
            }).ToArray();
            return new WidthPoint(Counts[c], samples, censored, belowGrid);
        }

        /// <summary>The width at which <paramref name="error"/> (one value per grid width) first reaches <paramref name="tolerance"/>
        /// (<see cref="Claims.CrossingWidth"/>, as C4's m*), +∞ if no width does.</summary>
        internal static double CrossingWidth(int[] widths, double[] error, double tolerance)
        {
            Claims.CrossingWidth crossing = Claims.CrossingWidth.Of(widths, error, tolerance);
            return crossing.Censored ? double.PositiveInfinity : crossing.Width;
        }

        /// <summary>The error at one (width, n), geometric mean over draws of the geometric mean over seeds, with its CI.</summary>
        public SeriesPoint ErrorPoint(int w, int c, Func<RandomFeatureTable, double[][]> error, BootstrapSettings bootstrap)
        {
            double[][] values = Outcomes.Select(draw => draw.Select(o => error(o.Errors)[w][c]).ToArray()).ToArray();
            return Interval(Counts[c], values, bootstrap);
        }
    }

    /// <summary>m at one n: samples[draw][1] (one width per draw: the seeds decide it together).</summary>
    /// <param name="BelowGrid">Some draw's m_RF is the smallest width, an upper bound: it may raise C or lower a slope, so it cannot support a PASS.</param>
    internal sealed record WidthPoint(int N, double[][] Samples, bool Censored, bool BelowGrid = false)
    {
        public SeriesPoint Describe(BootstrapSettings bootstrap, bool outside, double envelope)
        {
            SeriesPoint p = Interval(N, Samples, bootstrap);
            return p with { Censored = Censored, OutsideHypotheses = outside, Slack = double.IsFinite(envelope) && envelope > 0 ? p.Y / envelope : null };
        }
    }

    private static SeriesPoint Interval(int n, double[][] values, BootstrapSettings bootstrap)
    {
        ConfidenceInterval ci = HierarchicalBootstrap.GeometricMeanInterval(values, bootstrap);
        return SeriesPoint.Of(n, ci);
    }
}
