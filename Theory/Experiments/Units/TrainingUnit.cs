using Repro.Theory.Bounds;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// Train one network by projected gradient descent on one task and record what the claims measure.
/// The step size is η = η₀/(σ₁² S_T(λ₀)² (1 + σ₀²)) with λ₀ the memory factor at initialization
/// (σ₁α for v2, σ₁‖W(0)‖₂ for v1) — ρ may be +∞, so the ball does not enter η.
/// </summary>
/// <param name="RelativeTarget">ε in units of the targets' variance: stop at R̂ ≤ ε·Var(y).</param>
/// <param name="StepSizeScale">η₀.</param>
/// <param name="Radius">ρ (+∞: unprojected).</param>
/// <param name="StopOn">"last" or "averaged": which iterate must reach ε.</param>
/// <param name="MeasureSensitivity">Record max ‖∂h_T/∂θ_i‖ at Θ(0) and at the end (C2).</param>
/// <param name="MeasureLinearization">Record max_j |F − F_lin| at the end (C6).</param>
/// <param name="ComparatorRadius">Measure the transported comparator Θ̄ (diagonal model) and project onto ρ = its displacement D,
/// so that Θ̄ lies in the ball by construction (<paramref name="Radius"/> is then ignored).</param>
/// <param name="StepSizeFromBall">Take η from the λ valid in the whole ball, σ₁(α + ρ/√m), as the theorem does, instead of λ₀ (needs a finite ρ).</param>
/// <param name="BudgetFromBound">k &gt; 0 (needs <paramref name="ComparatorRadius"/>): the step budget is this run's own theorem budget,
/// τ_max = min(<paramref name="MaxSteps"/>, ⌈k·τ(ε)⌉) with τ(ε) = ν̄_eff²/(2η(ε·Var − R̂(Θ̄))); no step at all when Θ̄ does not certify ε
/// (τ(ε) = ∞: the theorem grants none). 0: τ_max = <paramref name="MaxSteps"/>.</param>
/// <param name="MeasurePathCurvature">Record λ_max of the Gauss–Newton curvature at the last and at the averaged iterate
/// (<see cref="GaussNewtonCurvature"/>, as <see cref="CurvatureUnit"/> does at Θ(0)), so that η's stability can be checked along the path.</param>
public sealed record TrainingUnit(
    TaskSetting Task,
    int Width,
    int Seed,
    double RelativeTarget,
    double StepSizeScale,
    double Radius,
    int MaxSteps,
    string StopOn,
    bool MeasureSensitivity,
    bool MeasureLinearization,
    bool ComparatorRadius = false,
    bool StepSizeFromBall = false,
    double BudgetFromBound = 0,
    bool MeasurePathCurvature = false) : IUnit
{
    public const string LastIterate = "last";
    public const string AveragedIterate = "averaged";

    public string Kind => "train";

    public string Label() => $"train {Task.Describe()} m={Width} seed={Seed}";

    /// <summary>
    /// Single-core seconds if the run used its whole step budget τ_max (an upper bound: runs stop at
    /// ε first). Per step ≈ n·T·m·(neuron cost) at the rate the SIMD kernels sustain on these small
    /// shapes (measured on the review plan: ≈ 6 GFLOP/s diagonal, ≈ 40 GFLOP/s full matrix per core).
    /// </summary>
    public double EstimatedCost()
    {
        bool diagonal = Task.Model == ModelNames.Diagonal;
        double perNeuron = diagonal ? 4.0 * Task.InputDimension + 40 : 6.0 * Width + 4.0 * Task.InputDimension + 40;
        double perStep = (double)Task.SampleCount * Task.SequenceLength * Width * perNeuron / (diagonal ? 6e9 : 40e9);
        // Each path curvature costs about one full-batch gradient (n one-sample backward passes).
        return perStep * (Math.Max(1, MaxSteps) + (MeasurePathCurvature ? 2 : 0));
    }

    public object Execute(CancellationToken cancellation)
    {
        Dataset data = LabelledData.For(Task);
        RnnSpec spec = Task.Network(Width);
        RnnParameters initial = Task.Initial(Width, Seed);
        double variance = data.FinalTargetVariance();
        double sigma0 = spec.Activation.Bound, sigma1 = spec.Activation.Lipschitz;
        double initialNorm = InitialRecurrentNorm(initial);
        ComparatorRecord? comparator = ComparatorRadius && spec.Kind == ModelKind.Diagonal
            ? ComparatorRecord.Of(TransportedComparator.Assess(initial, LabelledData.Teacher(Task), data))
            : null;
        double radius = comparator?.Displacement ?? Radius;
        double lambda = sigma1 * initialNorm;
        double ballLambda = BallLambda(spec, initialNorm, radius);
        double memory = MemoryFactor.Evaluate(StepSizeFromBall && double.IsFinite(radius) ? ballLambda : lambda, Task.SequenceLength);
        double stepSize = StepSizeScale * PredictedShapes.StepSize(sigma0, sigma1, memory);
        // η overflows for a huge η₀ and underflows to 0 when S_T(λ₀) overflows (λ₀ ≫ 1, long T): no step can be taken,
        // so only Θ(0) is evaluated and the unit is a divergence at step 0 — a result, not an exception that would end the run.
        bool steppable = double.IsFinite(stepSize) && stepSize > 0;
        double nu = LabelledData.Teacher(Task).EffectiveTransportNorm;
        int budget = StepBudget(comparator, nu, stepSize, variance);
        var config = new TrainingConfig(steppable ? stepSize : 1, radius, steppable ? budget : 0, RelativeTarget * variance,
            stopRule: StopOn == AveragedIterate ? StopRule.AveragedIterate : StopRule.LastIterate);
        TrainingResult run = Trainer.Train(initial, data, config, cancellation);
        int? divergedAt = steppable || run.ReachedTarget ? run.DivergedAtStep : 0;

        var outcome = new TrainingOutcome(
            Steps: run.Steps,
            ReachedTarget: run.ReachedTarget,
            DivergedAtStep: divergedAt,
            InitialRelativeLoss: run.InitialLoss / variance,
            FinalRelativeLoss: run.FinalLoss / variance,
            AveragedRelativeLoss: run.AveragedIterateLoss / variance,
            MaxScaledDeviation: run.MaxScaledDeviation,
            StepSize: stepSize,
            InitialLambda: lambda,
            BallLambda: ballLambda,
            TargetVariance: variance,
            EffectiveTransportNorm: nu,
            Trajectory: TrajectorySample(run.LossTrajectory, variance),
            Sensitivity: MeasureSensitivity ? MeasureSensitivities(initial, run.FinalParameters, data) : null,
            LinearizationError: MeasureLinearization && divergedAt is null ? Linearization.MaxError(initial, run.FinalParameters, data) : null,
            Comparator: comparator,
            Radius: radius,
            StepBudget: budget,
            PathCurvature: MeasurePathCurvature ? PathCurvatureOf(run, data, cancellation) : null);
        return outcome;
    }

    /// <summary>λ_max at the last iterate (NaN when it is not finite) and at the averaged iterate.</summary>
    private static PathCurvatureRecord PathCurvatureOf(TrainingResult run, Dataset data, CancellationToken cancellation)
        => new(GaussNewtonCurvature.LargestEigenvalue(run.FinalParameters, data, cancellation),
            GaussNewtonCurvature.LargestEigenvalue(run.AveragedParameters, data, cancellation));

    /// <summary>τ_max: <see cref="MaxSteps"/>, or min(MaxSteps, ⌈k·τ(ε)⌉) from the run's own comparator, η and Var (<see cref="BudgetFromBound"/>).</summary>
    private int StepBudget(ComparatorRecord? comparator, double nu, double stepSize, double variance)
    {
        if (!(BudgetFromBound > 0)) return MaxSteps;
        if (comparator is null) throw new InvalidOperationException("A step budget from the bound needs the comparator (ComparatorRadius, diagonal model).");
        double budget = BudgetFromBound * TheoremBudget(nu, stepSize, variance, RelativeTarget, comparator.RelativeLoss);
        if (double.IsPositiveInfinity(budget)) return 0;
        return budget < MaxSteps ? (int)Math.Ceiling(budget) : MaxSteps;
    }

    /// <summary>The theorem's τ(ε) = ν̄_eff²/(2η(ε·Var − R̂(Θ̄))): +∞ when the comparator does not certify ε (R̂(Θ̄) ≥ ε·Var).</summary>
    public static double TheoremBudget(double nu, double stepSize, double variance, double relativeTarget, double comparatorRelativeLoss)
        => comparatorRelativeLoss < relativeTarget ? nu * nu / (2 * stepSize * variance * (relativeTarget - comparatorRelativeLoss)) : double.PositiveInfinity;

    /// <summary>max_i |w_i(0)| bound α (v2, the law's support) or ‖W(0)‖₂ (v1, by power iteration).</summary>
    private double InitialRecurrentNorm(RnnParameters initial)
        => initial.Spec.Kind == ModelKind.Diagonal
            ? initial.Spec.RecurrentScale
            : SpectralNorm.PowerIteration(initial.Recurrent, initial.Spec.Width);

    /// <summary>λ valid everywhere in the projection ball: σ₁(α + ρ/√m) (v2), σ₁(‖W(0)‖₂ + ρ) (v1).</summary>
    private static double BallLambda(RnnSpec spec, double initialNorm, double radius)
        => spec.Kind == ModelKind.Diagonal
            ? HiddenStateBounds.DiagonalLambda(spec.Activation.Lipschitz, spec.RecurrentScale, radius, spec.Width)
            : HiddenStateBounds.FullMatrixLambdaInBall(spec.Activation.Lipschitz, initialNorm, radius);

    private SensitivityRecord MeasureSensitivities(RnnParameters initial, RnnParameters final, Dataset data)
    {
        SensitivityMeasurement atStart = HiddenStateSensitivity.Measure(initial, data);
        SensitivityMeasurement atEnd = final.IsFinite() ? HiddenStateSensitivity.Measure(final, data) : new(double.NaN, double.NaN);
        double? hessian = initial.Spec.Kind == ModelKind.Diagonal
            ? Math.Max(HiddenStateHessian.MaxNorm(initial, data), final.IsFinite() ? HiddenStateHessian.MaxNorm(final, data) : double.NaN)
            : null;
        return new SensitivityRecord(
            Math.Max(atStart.MaxRecurrentSensitivity, atEnd.MaxRecurrentSensitivity),
            Math.Max(atStart.MaxInputSensitivity, atEnd.MaxInputSensitivity),
            hessian);
    }

    /// <summary>R̂/Var(y) at steps 0, 1, 2, 4, 8, … and the last step.</summary>
    private static double[][] TrajectorySample(double[] losses, double variance)
    {
        var points = new List<double[]>();
        for (int s = 0; s < losses.Length; s = s == 0 ? 1 : 2 * s)
            points.Add([s, losses[s] / variance]);
        if (losses.Length > 0 && points[^1][0] != losses.Length - 1)
            points.Add([losses.Length - 1, losses[^1] / variance]);
        return [.. points];
    }
}
