using Repro.Theory.Bounds;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Claims;

/// <summary>
/// The iteration bound with its constants, B = ν̄_eff²/(2η·Var·(ε − R̂(Θ̄)/Var)), over one setting's runs [draw][seed]
/// (C4 (c), C5): B per run, the theorem's hypotheses per run, and the rule that judges τ* ≤ B run by run.
/// </summary>
/// <param name="Runs">The training outcomes [draw][seed] (diagonal model, projected onto ρ = D, the theorem's η).</param>
/// <param name="Curvatures">λ_max of the Gauss–Newton curvature at each run's Θ(0) [draw][seed].</param>
/// <param name="RelativeTarget">ε, relative to Var(y).</param>
/// <param name="MaxSteps">τ_max of the runs.</param>
public sealed record ConstantsBound(TrainingOutcome[][] Runs, double[][] Curvatures, double RelativeTarget, int MaxSteps)
{
    /// <summary>The comparator must certify s·ε for the with-constants check (CLAIM-TESTS.md, C4 (c)).</summary>
    public const double ComparatorShare = 0.5;

    /// <summary>
    /// τ* ≤ B for every run of every setting inside the theorem's hypotheses. B bounds each run (no sampling in it), but
    /// it is a lower envelope of the theorem's τ(ε) (<see cref="IterationBound"/>): every run within it is a PASS, a run
    /// above it (a diverged run counts as τ* = ∞) is INCONCLUSIVE, not a FAIL.
    /// </summary>
    public static BoundAlwaysHoldsRule Rule { get; } =
        new($"τ* against B = {IterationBound.Formula}, run by run", SampleUnit: "runs inside the theorem's hypotheses", LowerEnvelope: IterationBound.Omission);

    private IEnumerable<TrainingOutcome> All => Runs.SelectMany(o => o);

    /// <summary>τ* + 1 (the final evaluation counts, so it is ≥ 1); the lower bound τ_max + 1 for a run that did not reach ε or diverged.</summary>
    public double[][] Steps => Runs.Select(d => d.Select(o => o.ReachedTarget && o.DivergedAtStep is null ? o.Steps + 1.0 : MaxSteps + 1.0).ToArray()).ToArray();

    public bool AllReached => All.All(o => o.ReachedTarget && o.DivergedAtStep is null);

    /// <summary>B (<see cref="IterationBound.Convex"/>) of one run; +∞ when the comparator was not measured or does not certify ε.</summary>
    public static double Of(TrainingOutcome run, double relativeTarget)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Comparator is ComparatorRecord c
            ? IterationBound.Convex(run.EffectiveTransportNorm, run.StepSize, run.TargetVariance, relativeTarget, c.RelativeLoss)
            : double.PositiveInfinity;
    }

    private double BoundOf(TrainingOutcome run) => Of(run, RelativeTarget);

    /// <summary>B per run [draw][seed].</summary>
    public double[][] Bounds => Runs.Select(d => d.Select(BoundOf).ToArray()).ToArray();

    /// <summary>The geometric mean of B over draws and seeds, as every point estimate here (+∞ when any run's is).</summary>
    public double Bound => HierarchicalBootstrap.GeometricMean(Bounds);

    /// <summary>(τ* + 1, B) per run; a diverged run is τ* = ∞ (at the theorem's η it contradicts the theorem).</summary>
    public IEnumerable<BoundPoint> Points
        => All.Select(o => new BoundPoint(o.DivergedAtStep is null ? o.Steps + 1.0 : double.PositiveInfinity, BoundOf(o)));

    /// <summary>
    /// The theorem's hypotheses hold for every run: the comparator certifies s·ε (ρ = D and the theorem's η hold by
    /// construction) and η is stable on the measured curvature at Θ(0) (η·λ_max ≤ 1, inside GD's η·λ_max &lt; 2).
    /// </summary>
    public bool HypothesesHold => All.Zip(Curvatures.SelectMany(c => c)).All(r =>
        r.First.Comparator is ComparatorRecord c && c.RelativeLoss <= ComparatorShare * RelativeTarget && r.First.StepSize * r.Second <= 1);

    /// <summary>
    /// The bound can be judged with constants: the hypotheses hold and every run that did not reach ε had τ_max ≥ B,
    /// so that its censored τ* still exceeds B. A shorter budget is undecidable, not outside the hypotheses.
    /// </summary>
    public bool InHypotheses => HypothesesHold && All.All(o => o.ReachedTarget || MaxSteps + 1.0 >= BoundOf(o));

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
