using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Claims;

/// <summary>A claim whose units are known up front (no search): pending = planned minus done.</summary>
public abstract class FixedPlanClaim : ClaimTest
{
    /// <summary>Every unit of one model's plan for the scope, in a fixed order.</summary>
    protected abstract IEnumerable<IUnit> Plan(ExperimentScope scope, string model);

    /// <summary>Every unit of the plan, over the scope's models.</summary>
    public IReadOnlyList<IUnit> Plan(ExperimentScope scope) => scope.Models.SelectMany(model => Plan(scope, model)).ToList();

    public override IReadOnlyList<IUnit> Pending(ExperimentScope scope, IResultSource results)
        => Plan(scope).Where(unit => !results.Has(unit)).ToList();

    public override PlanEstimate Estimate(ExperimentScope scope) => PlanEstimate.Of(Plan(scope));
}
