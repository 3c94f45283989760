using Repro.Harness.Experiments.Units;
using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Harness.Experiments;

/// <summary>
/// C7: n enters only through a union bound. The transported comparator's random-feature error,
/// max over n samples of |F_lin(X; Θ̄) − f*(X)|, is measured over widths m and sample counts n:
/// it should fall like m^(−1/2) and grow no faster than √log(2n/δ).
/// </summary>
internal sealed class Claim7RandomFeatures : FixedPlanExperiment
{
    public override string ClaimId => "C7";

    private const int InputDimension = 4, SequenceLength = 4;

    private static int[] Widths(ExperimentScope scope) => scope.Pick<int[]>([16, 64, 256], [16, 32, 64, 128, 256, 512, 1024], [16, 32, 64, 128, 256, 512, 1024, 2048, 4096]);

    private static int[] SampleCounts(ExperimentScope scope) => scope.Pick<int[]>([8, 64], [8, 32, 128, 512], [8, 32, 128, 512, 2048]);

    private static int TeacherAtoms(ExperimentScope scope) => scope.Pick(4096, 16384, 65536);

    private static IReadOnlyList<int> Seeds(ExperimentScope scope) => scope.SeedList(3, 10, 30);

    private static RandomFeatureUnit Unit(ExperimentScope scope, int n, int width, int seed)
        => new(new TaskSetting(ModelNames.Diagonal, 1.0, 0.5, InputDimension, n, SequenceLength, DataSeed: 7, TeacherAtoms(scope), TransportNorm: 1, TeacherSeed: 7),
            width, seed);

    protected override IReadOnlyList<IUnit> Plan(ExperimentScope scope)
        => !scope.Models.Contains(ModelNames.Diagonal) ? [] :
            (from n in SampleCounts(scope) from width in Widths(scope) from seed in Seeds(scope) select (IUnit)Unit(scope, n, width, seed)).ToList();

    public override ClaimAnalysis Analyse(ExperimentScope scope, ResultBook results)
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

    private ModelAnalysis AnalyseDiagonal(ExperimentScope scope, ResultBook results)
    {
        int[] widths = Widths(scope), sampleCounts = SampleCounts(scope);
        int seedCount = Seeds(scope).Count;
        var keys = new List<string>();
        // errors[n index][m index][seed]
        double[][][] errors = sampleCounts.Select(n => widths.Select(m => Seeds(scope).Select(seed =>
        {
            RandomFeatureUnit unit = Unit(scope, n, m, seed);
            keys.Add(results.KeyOf(unit));
            return results.Get<RandomFeatureOutcome>(unit).MaxError;
        }).ToArray()).ToArray()).ToArray();

        // Separable fits: ln error averaged over n against ln m, and averaged over m against ln log(2n/δ).
        var overWidth = new SeedSeries(widths.Select(m => (double)m).ToArray(),
            widths.Select((_, j) => Enumerable.Range(0, seedCount).Select(s => GeometricMeanOver(sampleCounts.Length, i => errors[i][j][s])).ToArray()).ToArray());
        var overSamples = new SeedSeries(sampleCounts.Select(n => (double)n).ToArray(),
            sampleCounts.Select((_, i) => Enumerable.Range(0, seedCount).Select(s => GeometricMeanOver(widths.Length, j => errors[i][j][s])).ToArray()).ToArray());
        ConfidenceInterval widthSlope = overWidth.SlopeInterval(DetMath.Log, ClaimId, "width-slope");
        ConfidenceInterval sampleSlope = overSamples.SlopeInterval(n => DetMath.Log(PredictedShapes.UnionLog(n, PaperConstants.FailureProbability)), ClaimId, "sample-slope");
        VerdictResult verdict = VerdictRules.Combine(ClaimCatalogue.C7.VerdictRule,
            VerdictRules.SlopeWithin("slope of ln(error) on ln m", widthSlope, -PaperConstants.RandomFeatureWidthExponent, VerdictThresholds.RandomFeatureSlopeTolerance, "seeds"),
            VerdictRules.SlopeAtMost("slope of ln(error) on ln log(2n/δ)", sampleSlope, 0.5, VerdictThresholds.RandomFeatureSlopeTolerance, "seeds"));

        var widthSeries = new List<SeriesData>();
        for (int i = 0; i < sampleCounts.Length; i++)
        {
            int index = i;
            var perN = new SeedSeries(widths.Select(m => (double)m).ToArray(), widths.Select((_, j) => errors[index][j]).ToArray());
            widthSeries.Add(new SeriesData($"measured, n = {sampleCounts[i]}", SeriesKind.Measured, perN.Points(ClaimId, $"n{sampleCounts[i]}")));
        }
        double anchor = overWidth.GeometricMean(0, overWidth.AllSeeds) * Math.Sqrt(widths[0]);
        widthSeries.Add(new SeriesData("∝ m^(−1/2) (anchored at the smallest m, mean over n)", SeriesKind.Predicted,
            widths.Select(m => new SeriesPoint(m, anchor / Math.Sqrt(m))).ToList()));
        double sampleAnchor = overSamples.GeometricMean(0, overSamples.AllSeeds) / Math.Sqrt(PredictedShapes.UnionLog(sampleCounts[0], PaperConstants.FailureProbability));
        var sampleSeries = new List<SeriesData>
        {
            new("measured (mean over m)", SeriesKind.Measured, overSamples.Points(ClaimId, "over-n")),
            new("∝ √log(2n/δ) (anchored at the smallest n)", SeriesKind.Predicted,
                sampleCounts.Select(n => new SeriesPoint(n, sampleAnchor * Math.Sqrt(PredictedShapes.UnionLog(n, PaperConstants.FailureProbability)))).ToList()),
        };
        return new ModelAnalysis(ModelNames.Diagonal, verdict, null,
            [
                new FigureData("C7-v2-width", "Random-feature error of the transported comparator vs width — v2 (diagonal)",
                    "width m (neurons)", "max_j |F_lin(X_j; Θ̄) − f*(X_j)| (target units)", LogX: true, LogY: true, widthSeries),
                new FigureData("C7-v2-samples", "Random-feature error vs sample count — v2 (diagonal)",
                    "sample count n (sequences)", "max_j |F_lin − f*| (target units)", LogX: true, LogY: true, sampleSeries),
            ],
            [
                new ConstantValue("width exponent", "p", PaperConstants.RandomFeatureWidthExponent, "standard reading"),
                new ConstantValue("failure probability", "δ", PaperConstants.FailureProbability, "project choice"),
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

    private static double GeometricMeanOver(int count, Func<int, double> value)
    {
        double sum = 0;
        for (int k = 0; k < count; k++) sum += DetMath.Log(value(k));
        return DetMath.Exp(sum / count);
    }
}
