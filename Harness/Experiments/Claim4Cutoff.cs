using Repro.Harness.Experiments.Units;
using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Harness.Experiments;

/// <summary>
/// C4: how long-term dependencies hurt the iteration count has a cutoff at λ = 1. The iterations
/// τ* to reach ε are measured against T for λ below, at and above 1, reaching λ once through the
/// activation scale a (α fixed) and once through the recurrent scale α (a fixed). With η ∝ S_T(λ)^−2,
/// τ* ∝ ν̄²/(ηε) predicts τ* ∝ ν̄² S_T(λ)²: flat below 1, ∝ T² at 1, exponential with rate 2 ln λ above
/// (ν̄, the normalized teacher's transport bound, is recorded per T). Each regime's growth rate
/// (seed-bootstrap CI) is compared with the rate of that predicted shape on the same T grid.
/// </summary>
internal sealed class Claim4Cutoff : FixedPlanExperiment
{
    public override string ClaimId => "C4";

    private const int InputDimension = 4, SampleCount = 32, Width = 16;
    private const double RelativeTarget = 0.05;

    private static readonly double[] Lambdas = [0.5, 1.0, 1.15];

    private static int[] SequenceLengths(ExperimentScope scope) => scope.Pick<int[]>([2, 4], [2, 3, 4, 6, 8], [2, 3, 4, 6, 8, 10, 12, 16]);

    private static int MaxSteps(ExperimentScope scope) => scope.Pick(4000, 30000, 200000);

    private static IReadOnlyList<int> Seeds(ExperimentScope scope) => scope.SeedList(2, 10, 30);

    /// <summary>The two routes to λ: through a (α = 1/κ fixed) and through α (a = 1 fixed).</summary>
    private static IEnumerable<(string Route, double Lambda, double A, double Alpha)> Settings(string model)
    {
        double kappa = model == ModelNames.Diagonal ? 1.0 : FullMatrixNormRatio.At(Width);
        foreach (double lambda in Lambdas) yield return ("a", lambda, lambda, 1.0 / kappa);
        foreach (double lambda in Lambdas) yield return ("α", lambda, 1.0, lambda / kappa);
    }

    private static TrainingUnit Unit(ExperimentScope scope, string model, double a, double alpha, int steps, int seed)
        => new(new TaskSetting(model, a, alpha, InputDimension, SampleCount, steps, DataSeed: 4, TeacherAtoms: 1024, TransportNorm: 1, TeacherSeed: 4),
            Width, seed, RelativeTarget, PaperConstants.StepSizeScale, double.PositiveInfinity, MaxSteps(scope), TrainingUnit.LastIterate,
            MeasureSensitivity: false, MeasureLinearization: false);

    protected override IReadOnlyList<IUnit> Plan(ExperimentScope scope)
    {
        var units = new List<IUnit>();
        foreach (string model in scope.Models)
            foreach ((_, _, double a, double alpha) in Settings(model))
                foreach (int steps in SequenceLengths(scope))
                    foreach (int seed in Seeds(scope))
                        units.Add(Unit(scope, model, a, alpha, steps, seed));
        return units;
    }

    public override ClaimAnalysis Analyse(ExperimentScope scope, ResultBook results)
    {
        var models = new List<ModelAnalysis>();
        int[] lengths = SequenceLengths(scope);
        IReadOnlyList<int> seedIndices = Enumerable.Range(0, Seeds(scope).Count).ToList();
        foreach (string model in scope.Models)
        {
            var checks = new List<RegimeCheck>();
            var figures = new Dictionary<string, List<SeriesData>>();
            var keys = new List<string>();
            foreach ((string route, double lambdaTarget, double a, double alpha) in Settings(model))
            {
                // outcomes[T index][seed index]
                TrainingOutcome[][] outcomes = lengths.Select(T => Seeds(scope).Select(seed =>
                {
                    TrainingUnit unit = Unit(scope, model, a, alpha, T, seed);
                    keys.Add(results.KeyOf(unit));
                    return results.Get<TrainingOutcome>(unit);
                }).ToArray()).ToArray();
                double lambda = outcomes.SelectMany(o => o).Average(o => o.InitialLambda);
                MemoryRegime regime = model == ModelNames.Diagonal ? MemoryFactor.Regime(lambda) : MemoryFactor.Regime(lambdaTarget);
                int[] usable = Enumerable.Range(0, lengths.Length).Where(i => outcomes[i].All(o => o.ReachedTarget)).ToArray();

                var measured = new List<SeriesPoint>();
                for (int i = 0; i < lengths.Length; i++)
                {
                    int t = i;
                    bool censored = !outcomes[i].All(o => o.ReachedTarget);
                    ConfidenceInterval ci = SeedBootstrap.Interval(seedIndices, r => GeometricMeanSteps(outcomes[t], r), ClaimId, $"{model}/{route}/{lambdaTarget}/T{lengths[i]}");
                    measured.Add(new SeriesPoint(lengths[i], GeometricMeanSteps(outcomes[i], seedIndices), ci.Low, ci.High, "", censored));
                }
                // The predicted shape ν̄² S_T(λ)^k: the teacher's effective ν̄ (after normalization) depends on T too.
                double[] shape = lengths.Select((T, i) => Square(outcomes[i][0].EffectiveTransportNorm)
                    * Math.Pow(MemoryFactor.Evaluate(lambda, T), PaperConstants.IterationMemoryExponent)).ToArray();
                double scale = usable.Length > 0 ? GeometricMeanSteps(outcomes[usable[0]], seedIndices) / shape[usable[0]] : double.NaN;
                var predicted = lengths.Select((T, i) => new SeriesPoint(T, scale * shape[i])).ToList();
                string name = $"λ = {lambdaTarget:G3}{(model == ModelNames.Diagonal ? "" : $" (realized {lambda:G3})")}";
                if (!figures.TryGetValue(route, out List<SeriesData>? list)) figures[route] = list = [];
                list.Add(new SeriesData($"measured τ*, {name}", SeriesKind.Measured, measured));
                list.Add(new SeriesData($"∝ ν̄² S_T(λ)², {name}", SeriesKind.Predicted, predicted));

                if (usable.Length >= 2)
                {
                    int[] ts = usable.Select(i => lengths[i]).ToArray();
                    double[] values = usable.Select(i => GeometricMeanSteps(outcomes[i], seedIndices)).ToArray();
                    ConfidenceInterval rate = SeedBootstrap.Interval(seedIndices,
                        r => RegimeRateFit.Fit(regime, ts, usable.Select(i => GeometricMeanSteps(outcomes[i], r)).ToArray()).Fit.Slope,
                        ClaimId, $"{model}/{route}/{lambdaTarget}/rate");
                    double predictedRate = RegimeRateFit.Fit(regime, ts, usable.Select(i => shape[i]).ToArray()).Fit.Slope;
                    double span = RegimeRateFit.Fit(regime, ts, values).RegressorSpan;
                    checks.Add(new RegimeCheck(regime, lambda, rate, predictedRate, VerdictThresholds.RateTolerance(predictedRate, span)));
                }
            }
            VerdictResult verdict = VerdictRules.CutoffRegimes(checks, "growth rate of ln τ*", "seeds");
            List<FigureData> figureList = figures.Select(f => new FigureData($"C4-{model}-via-{(f.Key == "a" ? "a" : "alpha")}",
                $"Iterations to ε = {RelativeTarget} vs T, λ set through {f.Key} — {ModelNames.Describe(model)}",
                "sequence length T (steps)", "τ* (gradient steps)", LogX: false, LogY: true, f.Value)).ToList();
            models.Add(new ModelAnalysis(model, verdict, null, figureList,
                [
                    new ConstantValue("memory exponent of τ*", "k", PaperConstants.IterationMemoryExponent, "standard reading: τ* ∝ 1/η, η ∝ S_T(λ)^−2"),
                    new ConstantValue("step-size scale", "η₀", PaperConstants.StepSizeScale, "project choice"),
                ],
                [
                    new("n, d, m", $"{SampleCount}, {InputDimension}, {Width}"),
                    new("T", string.Join(", ", lengths)),
                    new("ε (relative), τ_max", $"{RelativeTarget}, {MaxSteps(scope)}"),
                    new("ρ", "∞ (unprojected)"),
                    new("seeds", Seeds(scope).Count.ToString()),
                ],
                keys.Order(StringComparer.Ordinal).ToList()));
        }
        return new ClaimAnalysis(ClaimId, ProfileNames.Name(scope.Profile), models, ClaimCommands.Reproduce(ClaimId, scope));
    }

    private static double Square(double x) => x * x;

    /// <summary>exp(mean ln τ*) over the chosen seeds (τ* ≥ 1 by counting the final evaluation as a step).</summary>
    private static double GeometricMeanSteps(TrainingOutcome[] outcomes, IReadOnlyList<int> seedIndices)
    {
        double sum = 0;
        foreach (int s in seedIndices) sum += DetMath.Log(outcomes[s].Steps + 1.0);
        return DetMath.Exp(sum / seedIndices.Count);
    }
}
