using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Bounds;
using Repro.Theory.Claims.Analysis;

using Repro.Theory.Claims.Rules;
using Repro.Theory.Rnn;

namespace Repro.Theory.Claims;

/// <summary>
/// C2: the hidden state's parameter sensitivities never exceed σ₁S_T(λ) (input weights) and
/// σ₀σ₁S_{T−1}(λ) (recurrent weights; ×√m for v1), with λ valid in the whole projection ball —
/// checked at Θ(0) and after projected training, below, at and above λ = 1.
/// </summary>
public sealed class Claim2Smoothness : FixedPlanClaim
{
    public override Claim Claim { get; } = new(
        "C2",
        "Hidden-state smoothness bounds (the cutoff mechanism)",
        $"{ClaimText.Paper}v2 (diagonal model) and v1 (‖W‖₂ analogue): local smoothness of the hidden state in the learnable parameters, named in the abstract as the basis of the analysis; the bounds are derived exactly from the recursion (standard reading).",
        "How much the final hidden state can move when one neuron's parameters move is bounded by the memory factor S_T(λ) = Σ_{k<T} λ^k, "
        + "where λ is the activation's Lipschitz constant σ₁ times the largest recurrent weight magnitude reachable inside the projection ball. "
        + "Below λ = 1 this factor stays bounded as T grows, at λ = 1 it grows like T and above it grows exponentially: this is the cutoff. "
        + "The bounds follow exactly from the chain rule, so they must hold for every input with ‖x_t‖ ≤ 1 at every point of training; "
        + "a measured value above them is a bug, not a finding.",
        "max over data and neurons, at Θ(0) and at the end of projected training, of ‖∂h_T/∂u_i‖, |∂h_T/∂w_i| and ‖∇²_θ h_T‖₂ (v2), ‖∂H_T/∂U_i‖ and ‖∂H_T/∂W_i‖ (v1), each against its bound.",
        "‖∂h_T/∂u‖ ≤ σ₁S_T(λ) and |∂h_T/∂w| ≤ σ₀σ₁S_{T−1}(λ), with λ = σ₁(α + ρ/√m) for v2, and ‖∇²_θ h_T‖₂ ≤ β_T, the exact second-derivative bound from the same recursion (v2); for v1 λ = σ₁‖W‖₂ and the second bound carries ‖H_{t−1}‖₂ ≤ √m·σ₀.",
        [CheckKind.Bound],
        Rule.Describe());

    /// <summary>The rule that decides C2 (its text is the claim's rule): every measured sensitivity within its exact bound.</summary>
    public static BoundAlwaysHoldsRule Rule { get; } = new("hidden-state sensitivity");

    private const int InputDimension = 3, SampleCount = 24, TrainingSteps = 40;

    /// <summary>(a, α, ρ, m) per model, chosen so that the ball's λ is below, at and above 1.</summary>
    private static IEnumerable<(double A, double Alpha, double Radius, int Width)> Settings(string model)
        => model == ModelNames.Diagonal
            ? [(1.0, 0.25, 1.0, 16), (1.0, 0.75, 1.0, 16), (0.5, 1.75, 1.0, 16), (1.5, 0.75, 1.0, 16)]  // λ = 0.5, 1, 1, 1.5
            : [(1.0, 0.1, 0.25, 8), (1.0, 0.3, 0.25, 8), (1.5, 0.3, 0.25, 8)];                          // λ ≈ 0.5, 1, 1.5 (‖W(0)‖₂ ≈ 2.4α)

    private static int[] SequenceLengths(ExperimentScope scope) => scope.Pick<int[]>([1, 4], [1, 4, 16], [1, 4, 16, 64]);

    protected override IEnumerable<IUnit> Plan(ExperimentScope scope, string model)
    {
        foreach ((double a, double alpha, double radius, int width) in Settings(model))
            foreach (int steps in SequenceLengths(scope))
                foreach (int seed in scope.SeedList(1, 3, 10))
                    yield return Unit(model, a, alpha, radius, width, steps, seed);
    }

    private static TrainingUnit Unit(string model, double a, double alpha, double radius, int width, int steps, int seed)
        => new(new TaskSetting(model, a, alpha, InputDimension, SampleCount, steps, DataSeed: 2, TeacherAtoms: 512, TransportNorm: 1, TeacherSeed: 2),
            width, seed, RelativeTarget: 1e-9, StepSizeScale: PaperConstants.StepSizeScale, radius, TrainingSteps,
            TrainingUnit.LastIterate, MeasureSensitivity: true, MeasureLinearization: false);

    protected override ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results)
    {
        var measured = new List<double>();
        var bounds = new List<double>();
        var figures = new List<FigureData>();
        foreach ((double a, double alpha, double radius, int width) in Settings(model))
        {
            var inputPoints = new List<SeriesPoint>();
            var inputBound = new List<SeriesPoint>();
            var recurrentPoints = new List<SeriesPoint>();
            var recurrentBound = new List<SeriesPoint>();
            var hessianPoints = new List<SeriesPoint>();
            var hessianBound = new List<SeriesPoint>();
            double lambdaMax = 0;
            foreach (int steps in SequenceLengths(scope))
            {
                double inputMax = 0, recurrentMax = 0, inputBoundMin = double.PositiveInfinity, recurrentBoundMin = double.PositiveInfinity;
                double hessianMax = 0, hessianBoundMin = double.PositiveInfinity;
                foreach (int seed in scope.SeedList(1, 3, 10))
                {
                    TrainingUnit unit = Unit(model, a, alpha, radius, width, steps, seed);
                    TrainingOutcome outcome = results.Get<TrainingOutcome>(unit);
                    HiddenStateBounds bound = new(a, a, outcome.BallLambda, steps)
                    {
                        StateNormFactor = model == ModelNames.Diagonal ? 1.0 : Math.Sqrt(width),
                    };
                    SensitivityRecord s = outcome.Sensitivity!;
                    measured.Add(s.MaxInputSensitivity);
                    bounds.Add(bound.InputWeightBound);
                    measured.Add(s.MaxRecurrentSensitivity);
                    bounds.Add(bound.RecurrentWeightBound);
                    inputMax = Math.Max(inputMax, s.MaxInputSensitivity);
                    recurrentMax = Math.Max(recurrentMax, s.MaxRecurrentSensitivity);
                    inputBoundMin = Math.Min(inputBoundMin, bound.InputWeightBound);
                    recurrentBoundMin = Math.Min(recurrentBoundMin, bound.RecurrentWeightBound);
                    lambdaMax = Math.Max(lambdaMax, outcome.BallLambda);
                    if (s.MaxHessianNorm is double hessian)
                    {
                        // β_T, the exact second-derivative bound in the ball (C6 uses it for |F − F_lin| ≤ β_Tρ²/(2√m)).
                        double beta = new HiddenStateCurvature(a, a, new Activation(a).Smoothness, outcome.BallLambda, steps).HessianBound;
                        measured.Add(hessian);
                        bounds.Add(beta);
                        hessianMax = Math.Max(hessianMax, hessian);
                        hessianBoundMin = Math.Min(hessianBoundMin, beta);
                    }
                }
                inputPoints.Add(new SeriesPoint(steps, inputMax));
                if (hessianMax > 0)
                {
                    hessianPoints.Add(new SeriesPoint(steps, hessianMax, Slack: hessianMax / hessianBoundMin));
                    hessianBound.Add(new SeriesPoint(steps, hessianBoundMin));
                }
                inputBound.Add(new SeriesPoint(steps, inputBoundMin));
                if (steps > 1)
                {
                    recurrentPoints.Add(new SeriesPoint(steps, recurrentMax));
                    recurrentBound.Add(new SeriesPoint(steps, recurrentBoundMin));
                }
            }
            string setting = $"a = {a:G3}, α = {alpha:G3}, ρ = {radius:G3}, m = {width}, λ ≤ {lambdaMax:G3}";
            figures.Add(new FigureData($"C2-{model}-a{a:G3}-alpha{alpha:G3}", $"Sensitivities vs T — {ModelNames.Describe(model)}, {setting}",
                "sequence length T (steps)", "max sensitivity of h_T (state units per parameter unit)", LogX: true, LogY: true,
                [
                    new SeriesData("measured ‖∂h_T/∂u‖", SeriesKind.Measured, inputPoints),
                    new SeriesData("bound σ₁S_T(λ)", SeriesKind.Bound, inputBound),
                    new SeriesData("measured |∂h_T/∂w|", SeriesKind.Measured, recurrentPoints),
                    new SeriesData(model == ModelNames.Diagonal ? "bound σ₀σ₁S_{T−1}(λ)" : "bound σ₀σ₁√m S_{T−1}(λ)", SeriesKind.Bound, recurrentBound),
                ]));
            if (hessianPoints.Count > 0)
                figures.Add(new FigureData($"C2-{model}-a{a:G3}-alpha{alpha:G3}-hessian", $"Second derivative vs T — {ModelNames.Describe(model)}, {setting}",
                    "sequence length T (steps)", "max ‖∇²_θ h_T‖₂ (state units per parameter unit²)", LogX: true, LogY: true,
                    [
                        new SeriesData("measured ‖∇²_θ h_T‖₂", SeriesKind.Measured, hessianPoints),
                        new SeriesData("bound β_T (exact, in the ball)", SeriesKind.Bound, hessianBound),
                    ]));
        }
        VerdictResult verdict = Rule.Decide(measured.Zip(bounds, (value, bound) => new BoundPoint(value, bound)).ToList());
        return new ModelAnalysis(model, verdict, null, figures,
            [new ConstantValue("step-size scale", "η₀", PaperConstants.StepSizeScale, "project choice")],
            [
                new("T", string.Join(", ", SequenceLengths(scope))),
                new("n, d", $"{SampleCount}, {InputDimension}"),
                new("training", $"{TrainingSteps} projected steps; measured at Θ(0) and at the end"),
                new("seeds per setting", scope.SeedList(1, 3, 10).Count.ToString()),
            ],
            UnitKeys: []);
    }
}
