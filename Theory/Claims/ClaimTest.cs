using Repro.Theory.Claims.Analysis;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Claims;

/// <summary>
/// One claim of the paper as a test: its text, the units it needs per profile, and a pure analysis
/// of their outcomes into measured series, bounds, hypothesis marks and a verdict per model. This
/// base owns what every claim shares: the loop over models, the record of every unit key read
/// (and of the diverged runs among them) and the result envelope. A searching claim (smallest
/// width, …) names its next probes round by round in <see cref="Pending"/>, so every probe is an
/// ordinary, cached unit. Adding a claim is one subclass plus one line in <see cref="ClaimRegistry"/>.
/// </summary>
public abstract class ClaimTest
{
    /// <summary>The claim's text, paper reference and rule, as the report prints them.</summary>
    public abstract Claim Claim { get; }

    /// <summary>"C1" … "C7".</summary>
    public string Id => Claim.Id;

    /// <summary>The units still needed given <paramref name="results"/>; empty once the claim can be analysed.</summary>
    public abstract IReadOnlyList<IUnit> Pending(ExperimentScope scope, IResultSource results);

    /// <summary>The most units the plan can need, and their estimated single-core seconds (before anything runs).</summary>
    public abstract PlanEstimate Estimate(ExperimentScope scope);

    /// <summary>
    /// The chain <paramref name="unit"/> of the <paramref name="scope"/>'s plan belongs to, for sharding (a search's
    /// probes stay together); null: the unit depends on nothing and is a chain of its own.
    /// </summary>
    public virtual UnitChain? ChainOf(ExperimentScope scope, IUnit unit) => null;

    /// <summary>The claim's analysis from the complete results: one <see cref="ModelAnalysis"/> per model of the scope.</summary>
    public ClaimAnalysis Analyse(ExperimentScope scope, IResultSource results)
    {
        var models = new List<ModelAnalysis>();
        foreach (string model in scope.Models)
        {
            var recorded = new RecordedResults(results);
            ModelAnalysis analysis = AnalyseModel(scope, model, recorded);
            models.Add(analysis with { Model = model, UnitKeys = recorded.Keys, Divergence = recorded.Divergence() });
        }
        return new ClaimAnalysis(Id, ProfileNames.Name(scope.Profile), models, ClaimCommands.Reproduce(Id, scope));
    }

    /// <summary>
    /// One model's analysis. Read outcomes only through <paramref name="results"/>: the base records the keys
    /// (and divergences) of what is read and fills <see cref="ModelAnalysis.UnitKeys"/> and <see cref="ModelAnalysis.Divergence"/>.
    /// </summary>
    protected abstract ModelAnalysis AnalyseModel(ExperimentScope scope, string model, IResultSource results);
}
