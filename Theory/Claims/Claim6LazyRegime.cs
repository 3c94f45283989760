using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Bounds;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>
/// C6: the kernel (lazy) regime. Networks of growing width are trained for a fixed number of
/// projected steps at radius ρ; every neuron must stay within ρ (√m-scaled) of its start, and the
/// gap to the linearization at Θ(0) must shrink at least like m^(−1/2) (the bound β_T ρ²/√m).
/// </summary>
public sealed class Claim6LazyRegime : FixedPlanClaim
{
    public override Claim Claim { get; } = new(
        "C6",
        "Training stays in the kernel (lazy) regime",
        $"{ClaimText.Paper}v1 and v2: kernel-regime analysis with max-norm projection (abstract: NTK-type transport class; local smoothness of the hidden state); the error's form is the standard reading.",
        "Each neuron's parameters stay within ρ/√m of their initial values, so the network stays close to its linearization around the "
        + "initialization: the gap between the network and its first-order Taylor expansion is of order β_T·ρ²/√m, where β_T is the hidden "
        + "state's smoothness constant (growing like S_T(λ)³), and therefore shrinks at least like m^(−1/2) as the width grows (the form is an upper bound).",
        "max_i √m·‖θ_i(τ) − θ_i(0)‖ along training; the linearization error max_X |F(X;Θ) − F_lin(X;Θ)| at the end of training, over widths m.",
        Invariant($"√m·‖θ_i − θ_i(0)‖ ≤ ρ; linearization error ∝ β_T·ρ²/√m, i.e. slope −{PaperConstants.LinearizationWidthExponent} of its logarithm on ln m."),
        [CheckKind.Bound, CheckKind.Rate],
        Invariant($"Bound: FAIL if any neuron's √m·‖θ_i − θ_i(0)‖ exceeds ρ by more than a relative {VerdictThresholds.BoundRelativeSlack:0E0}. Slope (no constant fitted, all widths used; the form is an upper bound, so faster decay is consistent with it): PASS if the CI of the slope of ln(error) on ln m lies at or below −{PaperConstants.LinearizationWidthExponent} + {VerdictThresholds.LinearizationSlopeTolerance}, FAIL if entirely above, INCONCLUSIVE otherwise. The claim takes the worse of the two."));

    private string ClaimId => Id;

    private const int InputDimension = 4, SampleCount = 32, SequenceLength = 4;
    private const double Radius = 2.0;

    private static int[] Widths(ExperimentScope scope, string model) => model == ModelNames.Diagonal
        ? scope.Pick<int[]>([16, 64], [16, 32, 64, 128, 256], [16, 32, 64, 128, 256, 512, 1024])
        : scope.Pick<int[]>([8, 32], [8, 16, 32, 64], [8, 16, 32, 64, 128, 256]);

    private static int Steps(ExperimentScope scope) => scope.Pick(50, 200, 500);

    private static IReadOnlyList<int> Seeds(ExperimentScope scope) => scope.SeedList(2, 10, 30);

    private static TrainingUnit Unit(ExperimentScope scope, string model, int width, int seed)
        => new(new TaskSetting(model, 1.0, 0.5, InputDimension, SampleCount, SequenceLength, DataSeed: 6, TeacherAtoms: 1024, TransportNorm: 1, TeacherSeed: 6),
            width, seed, RelativeTarget: 1e-9, PaperConstants.StepSizeScale, Radius, Steps(scope), TrainingUnit.LastIterate,
            MeasureSensitivity: false, MeasureLinearization: true);

    protected override IEnumerable<IUnit> Plan(ExperimentScope scope, string model) => PlanAllModels(scope with { Models = [model] });

    private IReadOnlyList<IUnit> PlanAllModels(ExperimentScope scope)
        => (from model in scope.Models from width in Widths(scope, model) from seed in Seeds(scope)
            select (IUnit)Unit(scope, model, width, seed)).ToList();

    /// <summary>The analysis of issue 2's design, run for one model (part 2 of the sound-test rebuild replaces it).</summary>
    protected override ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results)
        => AnalyseAllModels(scope with { Models = [model] }, results).Models[0];

    private ClaimAnalysis AnalyseAllModels(ExperimentScope scope, IResultSource results)
    {
        var models = new List<ModelAnalysis>();
        foreach (string model in scope.Models)
        {
            int[] widths = Widths(scope, model);
            var keys = new List<string>();
            TrainingOutcome[][] outcomes = widths.Select(m => Seeds(scope).Select(seed =>
            {
                TrainingUnit unit = Unit(scope, model, m, seed);
                keys.Add(results.KeyOf(unit));
                return results.Get<TrainingOutcome>(unit);
            }).ToArray()).ToArray();

            double[] deviations = outcomes.SelectMany(row => row.Select(o => o.MaxScaledDeviation)).ToArray();
            VerdictResult bound = VerdictRules.BoundsHold("max_i √m‖θ_i − θ_i(0)‖", deviations, deviations.Select(_ => Radius).ToArray(), sampleUnit: "runs");

            var errors = new SeedSeries(widths.Select(m => (double)m).ToArray(),
                outcomes.Select(row => row.Select(o => o.LinearizationError ?? double.NaN).ToArray()).ToArray());
            ConfidenceInterval slopeCi = errors.SlopeInterval(DetMath.Log, ClaimId, $"{model}/slope");
            // The error's form is an upper bound, β_T ρ²/√m: it must shrink at least as fast as m^(−1/2).
            VerdictResult slope = VerdictRules.SlopeAtMost("slope of ln(linearization error) on ln m", slopeCi,
                -PaperConstants.LinearizationWidthExponent, VerdictThresholds.LinearizationSlopeTolerance, "seeds");
            VerdictResult verdict = VerdictRules.Combine(Claim.VerdictRule, bound, slope);

            List<SeriesPoint> errorPoints = errors.Points(ClaimId, model);
            double anchor = errorPoints[0].Y * Math.Sqrt(widths[0]);
            var deviationPoints = new SeedSeries(widths.Select(m => (double)m).ToArray(),
                outcomes.Select(row => row.Select(o => Math.Max(o.MaxScaledDeviation, 1e-300)).ToArray()).ToArray()).Points(ClaimId, $"{model}/deviation");
            FigureData errorFigure = new($"C6-{model}-linearization", $"Gap to the linearization at Θ(0) vs width — {ModelNames.Describe(model)}",
                "width m (neurons)", "max_X |F − F_lin| (output units)", LogX: true, LogY: true,
                [
                    new("measured", SeriesKind.Measured, errorPoints),
                    new("∝ m^(−1/2) (anchored at the smallest m)", SeriesKind.Predicted, widths.Select(m => new SeriesPoint(m, anchor / Math.Sqrt(m))).ToList()),
                ]);
            FigureData deviationFigure = new($"C6-{model}-deviation", $"Largest scaled move of a neuron vs width — {ModelNames.Describe(model)}",
                "width m (neurons)", "max_i √m‖θ_i − θ_i(0)‖ (parameter units)", LogX: true, LogY: false,
                [
                    new("measured", SeriesKind.Measured, deviationPoints),
                    new("bound ρ", SeriesKind.Bound, widths.Select(m => new SeriesPoint(m, Radius)).ToList()),
                ]);
            models.Add(new ModelAnalysis(model, verdict, null, [errorFigure, deviationFigure],
                [
                    new ConstantValue("width exponent of the error", "p", PaperConstants.LinearizationWidthExponent, "standard reading"),
                    new ConstantValue("projection radius", "ρ", Radius, "project choice"),
                ],
                [
                    new("n, d, T", $"{SampleCount}, {InputDimension}, {SequenceLength}"),
                    new("a, α", "1, 0.5"),
                    new("training", $"{Steps(scope)} projected steps"),
                    new("widths", string.Join(", ", widths)),
                    new("seeds", Seeds(scope).Count.ToString()),
                ],
                keys.Order(StringComparer.Ordinal).ToList()));
        }
        return new ClaimAnalysis(ClaimId, ProfileNames.Name(scope.Profile), models, ClaimCommands.Reproduce(ClaimId, scope));
    }
}
