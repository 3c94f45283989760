using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Claims.Analysis;

using Repro.Theory.Claims.Rules;

namespace Repro.Theory.Claims;

/// <summary>
/// C1: symmetric initialization gives the zero function. Over a grid of activation scales,
/// recurrent scales, widths and sequence lengths, max_j |F(X_j; Θ(0))| must be exactly 0.
/// </summary>
public sealed class Claim1InitialOutput : FixedPlanClaim
{
    public override Claim Claim { get; } = new(
        "C1",
        "Symmetric initialization gives the zero function",
        $"{ClaimText.Paper}v1 and v2, initialization of the analysis (standard reading of the symmetric initialization); both models.",
        "Under the symmetric initialization every neuron i ≤ m/2 has a twin i + m/2 with the same parameters and the opposite output "
        + "weight, so the twins produce equal and opposite terms at every time step and the network output F(X; Θ(0)) is exactly zero "
        + "for every input sequence. The analysis starts from this point so that the initial network contributes no error of its own.",
        "max over inputs X and seeds of |F(X; Θ(0))|, for the v1 (full matrix) and v2 (diagonal) models.",
        "0 exactly.",
        [CheckKind.Exact],
        Rule.Describe());

    /// <summary>The rule that decides C1 (its text is the claim's rule).</summary>
    public static ExactRule Rule { get; } = new("max |F(X; Θ(0))|", VerdictThresholds.ExactTolerance, SampleUnit: "networks");

    protected override IEnumerable<IUnit> Plan(ExperimentScope scope, string model)
    {
        foreach ((double a, double alpha) in Scales(scope))
            foreach (int steps in SequenceLengths(scope))
                foreach (int width in Widths(scope, model))
                    foreach (int seed in scope.SeedList(2, 5, 10))
                        yield return new InitialOutputUnit(Task(model, a, alpha, steps), width, seed);
    }

    protected override ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results)
    {
        List<InitialOutputUnit> units = Plan(scope, model).Cast<InitialOutputUnit>().ToList();
        var points = units.GroupBy(u => u.Width).OrderBy(g => g.Key)
            .Select(g => new SeriesPoint(g.Key, g.Max(u => results.Get<InitialOutputOutcome>(u).MaxAbsOutput))).ToList();
        var figure = new FigureData($"C1-{model}-initial-output", $"max |F(X; Θ(0))| over all settings — {ModelNames.Describe(model)}",
            "width m (neurons)", "max |F(X; Θ(0))| (output units)", LogX: true, LogY: false,
            [
                new SeriesData("measured (max over a, α, T, seeds, samples)", SeriesKind.Measured, points),
                new SeriesData("predicted: exactly 0", SeriesKind.Predicted, points.Select(p => new SeriesPoint(p.X, 0)).ToList()),
            ]);
        VerdictResult verdict = Rule.Decide(units.Select(u => results.Get<InitialOutputOutcome>(u).MaxAbsOutput).ToList());
        return new ModelAnalysis(model, verdict, null, [figure], [],
            [
                new("a (activation scale)", string.Join(", ", Scales(scope).Select(s => s.A).Distinct())),
                new("α (recurrent scale)", string.Join(", ", Scales(scope).Select(s => s.Alpha).Distinct())),
                new("T", string.Join(", ", SequenceLengths(scope))),
                new("m", string.Join(", ", Widths(scope, model))),
                new("n, d", $"{SampleCount}, {InputDimension}"),
            ],
            UnitKeys: []);
    }

    private static int[] SequenceLengths(ExperimentScope scope) => scope.Pick<int[]>([1, 8], [1, 8, 32], [1, 8, 32, 128]);

    private const int SampleCount = 64, InputDimension = 4;

    private static IEnumerable<(double A, double Alpha)> Scales(ExperimentScope scope)
        => scope.Pick<(double, double)[]>([(1.0, 0.5), (2.0, 1.5)], [(0.5, 0.5), (1.0, 1.0), (2.0, 1.5)], [(0.5, 0.5), (1.0, 1.0), (2.0, 1.5), (3.0, 3.0)]);

    private static int[] Widths(ExperimentScope scope, string model)
        => model == ModelNames.Diagonal ? scope.Pick<int[]>([2, 64], [2, 16, 256], [2, 16, 256, 1024]) : scope.Pick<int[]>([2, 16], [2, 16, 64], [2, 16, 64, 256]);

    private static TaskSetting Task(string model, double a, double alpha, int steps)
        => new(model, a, alpha, InputDimension, SampleCount, steps, DataSeed: 1, TeacherAtoms: 1, TransportNorm: 1, TeacherSeed: 1);
}
