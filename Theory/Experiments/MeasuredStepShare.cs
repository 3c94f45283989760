using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>
/// How many steps a claim's training runs take, measured on a plan that ran, for an estimate closer than the upper
/// bound (which charges every run its whole τ_max). A run's trajectory does not depend on τ_max, so a run that reached
/// ε after s steps takes s steps under any budget ≥ s; a run that hit its budget may need up to any larger one. Over
/// the measured runs, weighted by cost per step: <see cref="CensoredWeight"/> is the weight of the runs that hit τ_max
/// (or diverged), <see cref="ConvergedSteps"/> the weighted sum of the others' steps. A planned run with budget τ is
/// then expected to take min(τ, CensoredWeight·τ + ConvergedSteps) steps: censored runs at their whole new budget,
/// converged runs at the steps they took.
/// </summary>
/// <param name="CensoredWeight">Cost-per-step weight of the runs that did not reach ε, in [0, 1]; 1 when nothing was measured.</param>
/// <param name="ConvergedSteps">Σ weight·(steps + 1) over the runs that reached ε (0 when nothing was measured).</param>
/// <param name="Runs">The training runs it was measured on.</param>
public sealed record MeasuredStepShare(double CensoredWeight, double ConvergedSteps, int Runs)
{
    /// <summary>Nothing measured: every run charged its whole budget (the upper bound).</summary>
    public static MeasuredStepShare None { get; } = new(1, 0, 0);

    /// <summary>The step model of <paramref name="plan"/>'s training units for which <paramref name="outcome"/> has a result.</summary>
    public static MeasuredStepShare Of(IEnumerable<IUnit> plan, Func<TrainingUnit, TrainingOutcome?> outcome)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        double total = 0, censored = 0, converged = 0;
        int runs = 0;
        foreach (TrainingUnit unit in plan.OfType<TrainingUnit>())
        {
            if (outcome(unit) is not { } run) continue;
            double perStep = PerStep(unit);
            total += perStep;
            if (run.ReachedTarget && run.DivergedAtStep is null) converged += perStep * (run.Steps + 1.0);
            else censored += perStep;
            runs++;
        }
        return runs == 0 || !(total > 0) ? None : new MeasuredStepShare(censored / total, converged / total, runs);
    }

    /// <summary>Expected steps of a run with budget <paramref name="maxSteps"/>.</summary>
    public double ExpectedSteps(int maxSteps)
    {
        double budget = Math.Max(1, maxSteps);
        return Math.Min(budget, CensoredWeight * budget + ConvergedSteps);
    }

    /// <summary>The expected single-core seconds of <paramref name="plan"/>: training units at their expected steps, the rest at their estimate.</summary>
    public double Expected(IEnumerable<IUnit> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Sum(unit => unit is TrainingUnit training ? PerStep(training) * ExpectedSteps(training.MaxSteps) : unit.EstimatedCost());
    }

    /// <summary>The estimate's cost of one step of <paramref name="unit"/> (its estimate is per step × τ_max).</summary>
    private static double PerStep(TrainingUnit unit) => unit.EstimatedCost() / Math.Max(1, unit.MaxSteps);
}
