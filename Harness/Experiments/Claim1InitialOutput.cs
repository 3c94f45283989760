using Repro.Harness.Experiments.Units;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Experiments;

/// <summary>
/// C1: symmetric initialization gives the zero function. Over a grid of activation scales,
/// recurrent scales, widths and sequence lengths, max_j |F(X_j; Θ(0))| must be exactly 0.
/// </summary>
internal sealed class Claim1InitialOutput : FixedPlanExperiment
{
    public override string ClaimId => "C1";

    protected override IReadOnlyList<IUnit> Plan(ExperimentScope scope)
    {
        var units = new List<IUnit>();
        foreach (string model in scope.Models)
            foreach ((double a, double alpha) in Scales(scope))
                foreach (int steps in scope.Pick<int[]>([1, 8], [1, 8, 32], [1, 8, 32, 128]))
                    foreach (int width in Widths(scope, model))
                        foreach (int seed in scope.SeedList(2, 5, 10))
                            units.Add(new InitialOutputUnit(Task(model, a, alpha, steps), width, seed));
        return units;
    }

    public override ClaimAnalysis Analyse(ExperimentScope scope, ResultBook results)
    {
        var models = new List<ModelAnalysis>();
        foreach (string model in scope.Models)
        {
            List<InitialOutputUnit> units = Plan(scope).OfType<InitialOutputUnit>().Where(u => u.Task.Model == model).ToList();
            var points = new List<SeriesPoint>();
            double max = 0;
            foreach (IGrouping<int, InitialOutputUnit> byWidth in units.GroupBy(u => u.Width).OrderBy(g => g.Key))
            {
                double groupMax = byWidth.Max(u => results.Get<InitialOutputOutcome>(u).MaxAbsOutput);
                max = Math.Max(max, groupMax);
                points.Add(new SeriesPoint(byWidth.Key, groupMax));
            }
            var figure = new FigureData($"C1-{model}-initial-output", $"max |F(X; Θ(0))| over all settings — {ModelNames.Describe(model)}",
                "width m (neurons)", "max |F(X; Θ(0))| (output units)", LogX: true, LogY: false,
                [
                    new SeriesData("measured (max over a, α, T, seeds, samples)", SeriesKind.Measured, points),
                    new SeriesData("predicted: exactly 0", SeriesKind.Predicted, points.Select(p => new SeriesPoint(p.X, 0)).ToList()),
                ]);
            VerdictResult verdict = VerdictRules.Exact("max |F(X; Θ(0))|", max, units.Count, sampleUnit: "networks");
            models.Add(new ModelAnalysis(model, verdict, null, [figure], [],
                [
                    new("a (activation scale)", string.Join(", ", Scales(scope).Select(s => s.A).Distinct())),
                    new("α (recurrent scale)", string.Join(", ", Scales(scope).Select(s => s.Alpha).Distinct())),
                    new("T", string.Join(", ", scope.Pick<int[]>([1, 8], [1, 8, 32], [1, 8, 32, 128]))),
                    new("m", string.Join(", ", Widths(scope, model))),
                    new("n, d", $"{SampleCount}, {InputDimension}"),
                ],
                units.Select(results.KeyOf).Order(StringComparer.Ordinal).ToList()));
        }
        return new ClaimAnalysis(ClaimId, ProfileNames.Name(scope.Profile), models, ClaimCommands.Reproduce(ClaimId, scope));
    }

    private const int SampleCount = 64, InputDimension = 4;

    private static IEnumerable<(double A, double Alpha)> Scales(ExperimentScope scope)
        => scope.Pick<(double, double)[]>([(1.0, 0.5), (2.0, 1.5)], [(0.5, 0.5), (1.0, 1.0), (2.0, 1.5)], [(0.5, 0.5), (1.0, 1.0), (2.0, 1.5), (3.0, 3.0)]);

    private static int[] Widths(ExperimentScope scope, string model)
        => model == ModelNames.Diagonal ? scope.Pick<int[]>([2, 64], [2, 16, 256], [2, 16, 256, 1024]) : scope.Pick<int[]>([2, 16], [2, 16, 64], [2, 16, 64, 256]);

    private static TaskSetting Task(string model, double a, double alpha, int steps)
        => new(model, a, alpha, InputDimension, SampleCount, steps, DataSeed: 1, TeacherAtoms: 1, TransportNorm: 1, TeacherSeed: 1);
}
