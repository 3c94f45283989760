using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>
/// How much of its step budget a claim's training actually uses, for an estimate closer than the upper bound: the
/// cost-weighted share Σ cost·(steps + 1)/τ_max ÷ Σ cost over the training units of a plan that have an outcome. The
/// upper bound charges every run its whole τ_max; runs that reach ε stop long before, so the expected cost of a plan
/// is its training units' cost × this share, plus every other unit's cost.
/// </summary>
/// <param name="Share">The cost-weighted share of τ_max used, in (0, 1]; 1 when nothing was measured.</param>
/// <param name="Runs">The training runs it was measured on.</param>
public sealed record MeasuredStepShare(double Share, int Runs)
{
    /// <summary>The share over <paramref name="plan"/>'s training units for which <paramref name="outcome"/> has a result.</summary>
    public static MeasuredStepShare Of(IEnumerable<IUnit> plan, Func<TrainingUnit, TrainingOutcome?> outcome)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        double used = 0, budget = 0;
        int runs = 0;
        foreach (TrainingUnit unit in plan.OfType<TrainingUnit>())
        {
            if (outcome(unit) is not { } run) continue;
            double cost = unit.EstimatedCost();
            int maxSteps = Math.Max(1, unit.MaxSteps);
            used += cost * Math.Min(1.0, (run.Steps + 1.0) / maxSteps);
            budget += cost;
            runs++;
        }
        return runs == 0 || !(budget > 0) ? new MeasuredStepShare(1, 0) : new MeasuredStepShare(used / budget, runs);
    }

    /// <summary>The expected single-core seconds of <paramref name="plan"/>: training units at this share of their estimate.</summary>
    public double Expected(IEnumerable<IUnit> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Sum(unit => unit is TrainingUnit ? Share * unit.EstimatedCost() : unit.EstimatedCost());
    }
}
