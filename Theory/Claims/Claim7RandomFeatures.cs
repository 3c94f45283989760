using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Bounds;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>
/// C7: n enters only through a union bound. The transported comparator's random-feature error
/// e_j = F_lin(X_j; Θ̄) − f*(X_j) is measured over widths m and sample counts n: its worst value
/// should fall like m^(−1/2), and exceed √(2 log(2n/δ)) times its root mean square in at most a
/// fraction δ of the runs, at every n.
/// </summary>
public sealed class Claim7RandomFeatures : FixedPlanClaim
{
    public override Claim Claim { get; } = new(
        "C7",
        "log n enters only through a union bound",
        $"{ClaimText.Paper}v1, abstract (width logarithmic in n via the random-feature approximation of the transport class); same mechanism in v2. The Hoeffding-plus-union-bound form is the standard reading.",
        "The infinite-width target is approximated by the m random features present at initialization. By Hoeffding's inequality and a "
        + "union bound over the n samples, the worst error over the data at the transported comparator is of order √(log(n/δ)/m). "
        + "This is the only place where n enters the width bound, which is why the width needs to grow only logarithmically in n.",
        "max over the n samples of |F_m(X_j) − f*(X_j)| at the transported comparator, the random-feature error, over widths m and sample sizes n.",
        Invariant($"∝ √({PaperConstants.HoeffdingFactor}·log({PaperConstants.UnionBoundMultiplier}n/δ)/m): slope −{PaperConstants.RandomFeatureWidthExponent} of ln(error) on ln m; and, the union bound, max_j |e_j| ≤ RMS_j |e_j|·√({PaperConstants.HoeffdingFactor}·log({PaperConstants.UnionBoundMultiplier}n/δ)) in all but a fraction δ of runs, at every n."),
        [CheckKind.Rate, CheckKind.Bound],
        Invariant($"No constant is fitted, so all settings are used. PASS if the CI of the slope of ln(error) on ln m lies inside −{PaperConstants.RandomFeatureWidthExponent} ± {VerdictThresholds.RandomFeatureSlopeTolerance} and the Clopper–Pearson CI of the frequency of union-bound violations lies at or below δ = {PaperConstants.FailureProbability}; FAIL if either lies entirely outside; INCONCLUSIVE otherwise."));

    private string ClaimId => Id;

    private const int InputDimension = 4, SequenceLength = 4;

    private static int[] Widths(ExperimentScope scope) => scope.Pick<int[]>([16, 64, 256], [16, 32, 64, 128, 256, 512, 1024], [16, 32, 64, 128, 256, 512, 1024, 2048, 4096]);

    private static int[] SampleCounts(ExperimentScope scope) => scope.Pick<int[]>([8, 64], [8, 32, 128, 512], [8, 32, 128, 512, 2048]);

    private static int TeacherAtoms(ExperimentScope scope) => scope.Pick(4096, 16384, 65536);

    private static IReadOnlyList<int> Seeds(ExperimentScope scope) => scope.SeedList(3, 10, 30);

    private static RandomFeatureUnit Unit(ExperimentScope scope, int n, int width, int seed)
        => new(new TaskSetting(ModelNames.Diagonal, 1.0, 0.5, InputDimension, n, SequenceLength, DataSeed: 7, TeacherAtoms(scope), TransportNorm: 1, TeacherSeed: 7),
            width, seed);

    protected override IEnumerable<IUnit> Plan(ExperimentScope scope, string model) => PlanAllModels(scope with { Models = [model] });

    private IReadOnlyList<IUnit> PlanAllModels(ExperimentScope scope)
        => !scope.Models.Contains(ModelNames.Diagonal) ? [] :
            (from n in SampleCounts(scope) from width in Widths(scope) from seed in Seeds(scope) select (IUnit)Unit(scope, n, width, seed)).ToList();

    /// <summary>The analysis of issue 2's design, run for one model (part 2 of the sound-test rebuild replaces it).</summary>
    protected override ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results)
        => AnalyseAllModels(scope with { Models = [model] }, results).Models[0];

    private ClaimAnalysis AnalyseAllModels(ExperimentScope scope, IResultSource results)
    {
        var models = new List<ModelAnalysis>();
        foreach (string model in scope.Models)
            models.Add(model == ModelNames.Diagonal ? AnalyseDiagonal(scope, results)
                : new ModelAnalysis(model, null,
                    "Not applicable: the transported comparator θ̄_i = θ_i(0) + (c_i/√m)·v(θ_i(0)) is defined through the diagonal neuron (w, u); "
                    + "a v1 row (W_i, U_i) couples all units, so the transport class has no per-row comparator of this form.",
                    [], [], [], []));
        return new ClaimAnalysis(ClaimId, ProfileNames.Name(scope.Profile), models, ClaimCommands.Reproduce(ClaimId, scope));
    }

    private ModelAnalysis AnalyseDiagonal(ExperimentScope scope, IResultSource results)
    {
        int[] widths = Widths(scope), sampleCounts = SampleCounts(scope);
        int seedCount = Seeds(scope).Count;
        var keys = new List<string>();
        // outcomes[n index][m index][seed]
        RandomFeatureOutcome[][][] outcomes = sampleCounts.Select(n => widths.Select(m => Seeds(scope).Select(seed =>
        {
            RandomFeatureUnit unit = Unit(scope, n, m, seed);
            keys.Add(results.KeyOf(unit));
            return results.Get<RandomFeatureOutcome>(unit);
        }).ToArray()).ToArray()).ToArray();

        // Width: ln(max error), averaged over n, against ln m — the Hoeffding m^(−1/2).
        var overWidth = new SeedSeries(widths.Select(m => (double)m).ToArray(),
            widths.Select((_, j) => Enumerable.Range(0, seedCount).Select(s => GeometricMeanOver(sampleCounts.Length, i => outcomes[i][j][s].MaxError)).ToArray()).ToArray());
        ConfidenceInterval widthSlope = overWidth.SlopeInterval(DetMath.Log, ClaimId, "width-slope");

        // Samples: the union bound says max_j |e_j| ≤ RMS·√(2 log(2n/δ)) except with probability δ, for every n.
        int violations = 0, runs = 0;
        var ratioPoints = new List<SeriesPoint>();
        var thresholdPoints = new List<SeriesPoint>();
        for (int i = 0; i < sampleCounts.Length; i++)
        {
            double threshold = UnionThreshold(sampleCounts[i]);
            var ratios = outcomes[i].SelectMany(row => row.Select(o => o.MaxError / o.RootMeanSquareError)).ToArray();
            violations += ratios.Count(r => r > threshold);
            runs += ratios.Length;
            ratioPoints.Add(new SeriesPoint(sampleCounts[i], ratios.Average(), ratios.Min(), ratios.Max()));
            thresholdPoints.Add(new SeriesPoint(sampleCounts[i], threshold));
        }
        VerdictResult verdict = VerdictRules.Combine(Claim.VerdictRule,
            VerdictRules.SlopeWithin("slope of ln(error) on ln m", widthSlope, -PaperConstants.RandomFeatureWidthExponent, VerdictThresholds.RandomFeatureSlopeTolerance, "seeds"),
            VerdictRules.FrequencyAtMost("max_j|e_j| > RMS·√(2 log(2n/δ))", violations, runs, PaperConstants.FailureProbability));

        var widthSeries = new List<SeriesData>();
        for (int i = 0; i < sampleCounts.Length; i++)
        {
            int index = i;
            var perN = new SeedSeries(widths.Select(m => (double)m).ToArray(), widths.Select((_, j) => outcomes[index][j].Select(o => o.MaxError).ToArray()).ToArray());
            widthSeries.Add(new SeriesData($"measured, n = {sampleCounts[i]}", SeriesKind.Measured, perN.Points(ClaimId, $"n{sampleCounts[i]}")));
        }
        double anchor = overWidth.GeometricMean(0, overWidth.AllSeeds) * Math.Sqrt(widths[0]);
        widthSeries.Add(new SeriesData("∝ m^(−1/2) (anchored at the smallest m, mean over n)", SeriesKind.Predicted,
            widths.Select(m => new SeriesPoint(m, anchor / Math.Sqrt(m))).ToList()));
        return new ModelAnalysis(ModelNames.Diagonal, verdict, null,
            [
                new FigureData("C7-v2-width", "Random-feature error of the transported comparator vs width — v2 (diagonal)",
                    "width m (neurons)", "max_j |F_lin(X_j; Θ̄) − f*(X_j)| (target units)", LogX: true, LogY: true, widthSeries),
                new FigureData("C7-v2-union", "Worst over n samples relative to the typical error — v2 (diagonal)",
                    "sample count n (sequences)", "max_j |e_j| / RMS_j |e_j| (ratio)", LogX: true, LogY: false,
                    [
                        new SeriesData("measured (mean; bars: min–max over m and seeds)", SeriesKind.Measured, ratioPoints),
                        new SeriesData("union bound √(2 log(2n/δ))", SeriesKind.Bound, thresholdPoints),
                    ]),
            ],
            [
                new ConstantValue("width exponent", "p", PaperConstants.RandomFeatureWidthExponent, "standard reading"),
                new ConstantValue("failure probability", "δ", PaperConstants.FailureProbability, "project choice"),
                new ConstantValue("union-bound multiplier", "U in log(U·n/δ)", PaperConstants.UnionBoundMultiplier, "standard reading"),
            ],
            [
                new("d, T, a, α", $"{InputDimension}, {SequenceLength}, 1, 0.5"),
                new("teacher atoms M", TeacherAtoms(scope).ToString()),
                new("widths", string.Join(", ", widths)),
                new("n", string.Join(", ", sampleCounts)),
                new("seeds", seedCount.ToString()),
            ],
            keys.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>√(2·log(2n/δ)): how many RMS errors the worst of n sub-Gaussian errors may reach, except with probability δ.</summary>
    private static double UnionThreshold(int n) => Math.Sqrt(PaperConstants.HoeffdingFactor * PredictedShapes.UnionLog(n, PaperConstants.FailureProbability));

    private static double GeometricMeanOver(int count, Func<int, double> value)
    {
        double sum = 0;
        for (int k = 0; k < count; k++) sum += DetMath.Log(value(k));
        return DetMath.Exp(sum / count);
    }
}
