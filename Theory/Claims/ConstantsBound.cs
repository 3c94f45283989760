using Repro.Theory.Bounds;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Numerics.Statistics;
using Repro.Theory.Rnn;

namespace Repro.Theory.Claims;

/// <summary>
/// The iteration bound with its constants, B = ν̄_eff²/(2η·Var·(ε − R̂(Θ̄)/Var)), over one setting's runs [draw][seed]
/// (C4 (c), C5): B per run, the theorem's hypotheses per run, and the rule that judges τ* ≤ B run by run.
/// </summary>
/// <param name="Runs">The training outcomes [draw][seed] (diagonal model, projected onto ρ = D, the theorem's η).</param>
/// <param name="Curvatures">λ_max of the Gauss–Newton curvature at each run's Θ(0) [draw][seed]; each run carries its own at
/// the last and the averaged iterate (<see cref="TrainingOutcome.PathCurvature"/>).</param>
/// <param name="RelativeTarget">ε, relative to Var(y).</param>
/// <param name="MaxSteps">τ_max of the runs.</param>
public sealed record ConstantsBound(TrainingOutcome[][] Runs, double[][] Curvatures, double RelativeTarget, int MaxSteps)
{
    /// <summary>The comparator must certify s·ε for the with-constants check (CLAIM-TESTS.md, C4 (c)).</summary>
    public const double ComparatorShare = 0.5;

    /// <summary>The theorem's hypotheses as every text that restates them prints them (<see cref="HypothesesHold"/> checks them).</summary>
    public const string Hypotheses = "the comparator certifies ε/2 (R̂(Θ̄) ≤ ε·Var/2), ρ = D (so Θ̄ is in the ball), η is the theorem's (finite, positive) and stable, "
        + "η·λ_max ≤ 1 on the measured Gauss–Newton curvature at Θ(0), at the last and at the averaged iterate (the last is not measurable after a divergence)";

    /// <summary>Why a run that diverges inside the hypotheses contradicts the theorem.</summary>
    public const string DivergenceFails = "projected GD with the theorem's η cannot diverge inside the ball: every iterate stays within ρ/√m per neuron, where σ and so the loss are bounded";

    /// <summary>
    /// τ* ≤ B for every run of every setting inside the theorem's hypotheses. B bounds each run (no sampling in it), but
    /// it is a lower envelope of the theorem's τ(ε) (<see cref="IterationBound"/>): every run within it is a PASS, a run
    /// above it is INCONCLUSIVE, not a FAIL; a run that diverged is a FAIL (<see cref="DivergenceFails"/>).
    /// </summary>
    public static BoundAlwaysHoldsRule Rule { get; } =
        new("τ*", SampleUnit: $"runs inside the theorem's hypotheses ({Hypotheses}), each τ* against its own B = {IterationBound.Formula}",
            LowerEnvelope: IterationBound.Omission, DivergenceFails: DivergenceFails);

    /// <summary>A run diverged: the trainer's flag, or a loss that is not finite.</summary>
    public static bool Diverged(TrainingOutcome run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.DivergedAtStep is not null || !double.IsFinite(run.FinalRelativeLoss) || !double.IsFinite(run.AveragedRelativeLoss);
    }

    private IEnumerable<TrainingOutcome> All => Runs.SelectMany(o => o);

    /// <summary>τ* + 1 (the final evaluation counts, so it is ≥ 1); the lower bound τ_max + 1 for a run that did not reach ε or diverged.</summary>
    public double[][] Steps => Runs.Select(d => d.Select(o => o.ReachedTarget && !Diverged(o) ? o.Steps + 1.0 : MaxSteps + 1.0).ToArray()).ToArray();

    public bool AllReached => All.All(o => o.ReachedTarget && !Diverged(o));

    /// <summary>B (<see cref="IterationBound.Convex"/>) of one run; +∞ when the comparator was not measured or does not certify ε, or
    /// η is not a finite positive number (no step was taken: the theorem grants no bound).</summary>
    public static double Of(TrainingOutcome run, double relativeTarget)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Comparator is ComparatorRecord c && double.IsFinite(run.StepSize) && run.StepSize > 0
            ? IterationBound.Convex(run.EffectiveTransportNorm, run.StepSize, run.TargetVariance, relativeTarget, c.RelativeLoss)
            : double.PositiveInfinity;
    }

    private double BoundOf(TrainingOutcome run) => Of(run, RelativeTarget);

    /// <summary>B per run [draw][seed].</summary>
    public double[][] Bounds => Runs.Select(d => d.Select(BoundOf).ToArray()).ToArray();

    /// <summary>The geometric mean of B over draws and seeds, as every point estimate here (+∞ when any run's is).</summary>
    public double Bound => HierarchicalBootstrap.GeometricMean(Bounds);

    /// <summary>(τ* + 1, B) per run; a diverged run is τ* = ∞, marked diverged (inside the hypotheses it contradicts the theorem).</summary>
    public IEnumerable<BoundPoint> Points
        => All.Select(o => Diverged(o) ? new BoundPoint(double.PositiveInfinity, BoundOf(o), Diverged: true) : new BoundPoint(o.Steps + 1.0, BoundOf(o)));

    /// <summary>η is a finite positive number with η·λ ≤ 1 (inside GD's η·λ &lt; 2).</summary>
    private static bool Stable(double stepSize, double curvature) => double.IsFinite(stepSize) && stepSize > 0 && stepSize * curvature <= 1;

    /// <summary>The comparator certifies s·ε and η is stable at Θ(0): the hypotheses as they were checked before the path was.</summary>
    private bool StableAtStart(TrainingOutcome run, double curvature)
        => run.Comparator is ComparatorRecord c && c.RelativeLoss <= ComparatorShare * RelativeTarget && Stable(run.StepSize, curvature);

    /// <summary>
    /// η is stable at the last and at the averaged iterate; unmeasured is not stable. After a divergence the last iterate
    /// is not finite, so only the averaged one (of the finite iterates before it) is checked: a diverged run stable where it
    /// can be measured stays inside the hypotheses, where its divergence is a FAIL.
    /// </summary>
    private static bool StableOnPath(TrainingOutcome run)
        => run.PathCurvature is PathCurvatureRecord p && Stable(run.StepSize, p.Averaged) && (Stable(run.StepSize, p.Last) || Diverged(run) && double.IsNaN(p.Last));

    private IEnumerable<(TrainingOutcome Run, double Curvature)> WithCurvatures => All.Zip(Curvatures.SelectMany(c => c));

    /// <summary>
    /// The theorem's hypotheses hold for every run (<see cref="Hypotheses"/>): the comparator certifies s·ε (ρ = D and the
    /// theorem's η hold by construction), and η is stable on the measured curvature at Θ(0), at the last and at the averaged iterate.
    /// </summary>
    public bool HypothesesHold => WithCurvatures.All(r => StableAtStart(r.Run, r.Curvature) && StableOnPath(r.Run));

    /// <summary>Runs inside every hypothesis checked at Θ(0) but unstable along their path: what the path check moves outside.</summary>
    public int UnstableOnPathOnly => WithCurvatures.Count(r => StableAtStart(r.Run, r.Curvature) && !StableOnPath(r.Run));

    /// <summary>Runs inside every hypothesis checked at Θ(0).</summary>
    public int StableAtStartCount => WithCurvatures.Count(r => StableAtStart(r.Run, r.Curvature));

    /// <summary>"k of N": of the runs inside the hypotheses at Θ(0) over <paramref name="settings"/>, those the path check moves outside.</summary>
    public static SettingValue PathStability(IEnumerable<ConstantsBound> settings)
    {
        ConstantsBound[] all = [.. settings];
        return new SettingValue("runs moved outside the hypotheses by the path check",
            $"{all.Sum(s => s.UnstableOnPathOnly)} of the {all.Sum(s => s.StableAtStartCount)} runs inside them at Θ(0) have η·λ_max > 1 at the last or the averaged iterate");
    }

    /// <summary>The theorem's width condition (<see cref="WidthCondition"/>) of each run, for a setting of the diagonal model
    /// with activation <paramref name="sigma"/>, T = <paramref name="sequenceLength"/> and width <paramref name="width"/>.</summary>
    public IEnumerable<WidthCondition> WidthConditions(Activation sigma, int sequenceLength, int width)
        => All.Select(o => WidthConditionOf(o, sigma, sequenceLength, width, RelativeTarget)).OfType<WidthCondition>();

    /// <summary>One projected run's width condition at target <paramref name="relativeTarget"/>; null without a comparator or a finite ball.</summary>
    public static WidthCondition? WidthConditionOf(TrainingOutcome run, Activation sigma, int sequenceLength, int width, double relativeTarget)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Comparator is ComparatorRecord c && double.IsFinite(run.Radius) && double.IsFinite(run.BallLambda)
            ? WidthCondition.Of(sigma, sequenceLength, width, run.BallLambda, run.Radius, relativeTarget, run.TargetVariance, c.RelativeLoss)
            : null;
    }

    /// <summary>
    /// The settings line every with-constants claim prints: over <paramref name="conditions"/> (the runs it judges), how
    /// many meet the theorem's width condition and the range of R/room. Where it fails, the theorem's τ(ε) is +∞ and
    /// τ* ≤ B tests the convex part alone, a statement stronger than the theorem.
    /// </summary>
    public static SettingValue WidthConditionLine(IEnumerable<WidthCondition> conditions)
    {
        WidthCondition[] all = [.. conditions];
        if (all.Length == 0) return new SettingValue("theorem's width condition", "no judged run");
        double low = all.Min(c => c.Ratio), high = all.Max(c => c.Ratio);
        int holding = all.Count(c => c.Holds);
        string consequence = holding == all.Length
            ? "it holds in every judged run"
            : "where it fails the theorem's τ(ε) is +∞ (the paper's bound says nothing there), so τ* ≤ B tests the convex part alone, a statement stronger than the theorem";
        return new SettingValue("theorem's width condition",
            FormattableString.Invariant($"{WidthCondition.Statement}: R/room = {low:G3} … {high:G3} over the {all.Length} judged runs, met in {holding}; {consequence}"));
    }

    /// <summary>
    /// The bound can be judged with constants: the hypotheses hold and every run that did not reach ε (and did not
    /// diverge, which is judged whatever B) had τ_max ≥ B, so that its censored τ* still exceeds B. A shorter budget is
    /// undecidable, not outside the hypotheses.
    /// </summary>
    public bool InHypotheses => HypothesesHold && All.All(o => o.ReachedTarget || Diverged(o) || MaxSteps + 1.0 >= BoundOf(o));

    /// <summary>
    /// The geometric mean over draws of the geometric mean over seeds of <paramref name="values"/> at x, with its
    /// hierarchical-bootstrap CI, censoring, and the slack estimate/<paramref name="bound"/> when the bound is finite.
    /// </summary>
    public SeriesPoint Point(double x, double[][] values, bool outside, double bound, BootstrapSettings bootstrap)
    {
        ConfidenceInterval ci = HierarchicalBootstrap.GeometricMeanInterval(values, bootstrap);
        return SeriesPoint.Of(x, ci) with
        {
            Censored = !AllReached, OutsideHypotheses = outside, Slack = double.IsFinite(bound) && bound > 0 ? ci.Estimate / bound : null,
        };
    }
}
