using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Tests.Claims;

/// <summary>
/// A test-only claim, written as docs/ADDING-A-CLAIM.md says: this one file plus one registry line is all a new claim
/// needs. It states that the zero function at initialization does not depend on the width.
/// </summary>
internal sealed class C8WidthFreeZero : FixedPlanClaim
{
    public static ExactRule Rule { get; } = new("max |F(X; Θ(0))| over widths", SampleUnit: "networks");

    public override Claim Claim { get; } = new("C8", "The zero function at initialization, at every width",
        "arXiv:2402.12241v2, initialization (test-only claim of the recipe).",
        "A claim used only by the tests to show that adding one is one file and one registry line: the symmetric initialization "
        + "gives F(X; Θ(0)) = 0 whatever the width m, so the largest output over widths must be exactly zero, for every model that is run.",
        "max over widths and seeds of |F(X; Θ(0))|.", "0 exactly.", [CheckKind.Exact], Rule.Describe());

    protected override IEnumerable<IUnit> Plan(ExperimentScope scope, string model)
    {
        foreach (int width in new[] { 2, 4, 8 })
            yield return new InitialOutputUnit(new TaskSetting(model, 1.0, 0.5, 2, 8, 3, DataSeed: 8, TeacherAtoms: 1, TransportNorm: 1, TeacherSeed: 8), width, Seed: 0);
    }

    protected override ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results)
    {
        List<double> outputs = Plan(scope, model).Select(u => results.Get<InitialOutputOutcome>(u).MaxAbsOutput).ToList();
        return new ModelAnalysis(model, Rule.Decide(outputs), null, [], [], [], UnitKeys: []);
    }
}
