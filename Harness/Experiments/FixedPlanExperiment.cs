using Repro.Harness.Experiments.Units;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Experiments;

/// <summary>An experiment whose units are known up front (no search): pending = planned minus done.</summary>
internal abstract class FixedPlanExperiment : IClaimExperiment
{
    public abstract string ClaimId { get; }

    /// <summary>Every unit of the plan for the scope, in a fixed order.</summary>
    protected abstract IReadOnlyList<IUnit> Plan(ExperimentScope scope);

    public abstract ClaimAnalysis Analyse(ExperimentScope scope, ResultBook results);

    public IReadOnlyList<IUnit> Pending(ExperimentScope scope, ResultBook results)
        => Plan(scope).Where(unit => !results.Has(unit)).ToList();

    public PlanEstimate Estimate(ExperimentScope scope) => PlanEstimate.Of(Plan(scope));
}
