using Repro.Theory.Bounds;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>
/// Expected gradient steps of planned training runs from measured ones, their "twins", for an estimate closer than
/// the upper bound (every run to τ_max). A run's trajectory does not depend on τ_max, so a twin that reached ε (or
/// diverged) after s steps takes s steps under any budget ≥ s; a twin that hit its budget may need all of a larger
/// one and is charged it. A planned run is forecast from, in this order:
/// (1) its exact twin (the same unit but τ_max); (2) the mean over the runs of its setting (the same unit but the
/// draw and the initial seed); (3) the nearest measured setting that differs only in n, T, m and α (distance
/// Σ|log₂ ratio|, α weighted ×<see cref="AlphaWeight"/> so that the route's λ is kept), its steps scaled by
/// S_T(λ)²/S_T'(λ)² — the theorem's step size η ∝ S_T(λ)⁻², so this keeps the flow time η·τ; (4) its whole budget.
/// The cost of a step is the unit's own (<see cref="TrainingUnit.EstimatedCost"/> / τ_max); other units keep their estimate.
/// </summary>
public sealed class TwinSteps
{
    /// <summary>Weight of |log₂ α ratio| in the distance: a route's λ moves α, and λ sets τ far more than n or m do.</summary>
    public const double AlphaWeight = 8;

    private readonly Dictionary<TrainingUnit, MeasuredRun> exact = new();
    private readonly Dictionary<TrainingUnit, List<MeasuredRun>> settings = new();
    private readonly Dictionary<TrainingUnit, List<TrainingUnit>> families = new();

    public TwinSteps(IEnumerable<MeasuredRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        foreach (MeasuredRun run in runs)
        {
            if (!exact.TryAdd(ExactKey(run.Unit), run)) continue;
            TrainingUnit setting = SettingKey(run.Unit);
            if (!settings.TryGetValue(setting, out List<MeasuredRun>? members))
            {
                settings[setting] = members = [];
                TrainingUnit family = FamilyKey(setting);
                if (!families.TryGetValue(family, out List<TrainingUnit>? settingsOfFamily)) families[family] = settingsOfFamily = [];
                settingsOfFamily.Add(setting);
            }
            members.Add(run);
        }
    }

    /// <summary>Distinct measured runs.</summary>
    public int Runs => exact.Count;

    /// <summary>The expected steps (at least 1: Θ(0) is always evaluated) of <paramref name="unit"/>, and their basis.</summary>
    public (double Steps, TwinBasis Basis) Forecast(TrainingUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (exact.TryGetValue(ExactKey(unit), out MeasuredRun? twin)) return (Charge(unit, twin, 1), TwinBasis.Exact);
        TrainingUnit setting = SettingKey(unit);
        if (settings.TryGetValue(setting, out List<MeasuredRun>? members)) return (members.Average(run => Charge(unit, run, 1)), TwinBasis.Setting);
        if (Nearest(setting) is { } near)
            return (near.Average(run => Charge(unit, run, StepScale(unit, run))), TwinBasis.Nearest);
        return (Math.Max(1, unit.MaxSteps), TwinBasis.Unmeasured);
    }

    /// <summary>The expected single-core seconds of <paramref name="plan"/>: training units at their forecast steps, the rest at their estimate.</summary>
    public PlanForecast Expected(IEnumerable<IUnit> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        double seconds = 0;
        var counts = new int[Enum.GetValues<TwinBasis>().Length];
        foreach (IUnit unit in plan)
        {
            if (unit is not TrainingUnit training)
            {
                seconds += unit.EstimatedCost();
                continue;
            }
            (double steps, TwinBasis basis) = Forecast(training);
            seconds += PerStep(training) * steps;
            counts[(int)basis]++;
        }
        return new PlanForecast(seconds, counts[(int)TwinBasis.Exact], counts[(int)TwinBasis.Setting], counts[(int)TwinBasis.Nearest], counts[(int)TwinBasis.Unmeasured]);
    }

    /// <summary>The estimate's cost of one step of <paramref name="unit"/> (its estimate is per step × τ_max).</summary>
    public static double PerStep(TrainingUnit unit) => unit.EstimatedCost() / Math.Max(1, unit.MaxSteps);

    /// <summary>
    /// Steps <paramref name="unit"/> is charged from one measured <paramref name="twin"/> whose steps, on this unit, are
    /// <paramref name="scale"/>× its own: a twin that stopped by itself (ε reached, divergence, or no step granted) keeps its
    /// scaled steps; one that hit its budget is charged the unit's whole budget. Never above the budget.
    /// </summary>
    private static double Charge(TrainingUnit unit, MeasuredRun twin, double scale)
    {
        TrainingOutcome outcome = twin.Outcome;
        double budget = Budget(unit, twin, scale);
        bool hitBudget = !outcome.ReachedTarget && outcome.DivergedAtStep is null && outcome.Steps > 0;
        double steps = hitBudget ? budget : scale * (outcome.Steps + 1.0);
        return double.IsNaN(steps) ? budget : Math.Clamp(steps, 1, budget);
    }

    /// <summary>
    /// τ_max of <paramref name="unit"/> when it is known (its MaxSteps); with a budget from the bound, the twin's budget
    /// (scaled) when that came from the bound, since the bound of a twin setting is the unit's too.
    /// </summary>
    private static double Budget(TrainingUnit unit, MeasuredRun twin, double scale)
    {
        double cap = Math.Max(1, unit.MaxSteps);
        bool fromBound = unit.BudgetFromBound > 0 && twin.Outcome.StepBudget is int granted && granted < twin.Unit.MaxSteps;
        return fromBound ? Math.Clamp(scale * (twin.Outcome.StepBudget!.Value + 1.0), 1, cap) : cap;
    }

    /// <summary>S_T(λ)²/S_T'(λ)² at the λ the twin's step size used: η ∝ S_T(λ)⁻², and the flow time η·τ is kept.</summary>
    private static double StepScale(TrainingUnit unit, MeasuredRun twin)
    {
        if (unit.Task.SequenceLength == twin.Unit.Task.SequenceLength) return 1;
        double lambda = twin.Unit.StepSizeFromBall && double.IsFinite(twin.Outcome.BallLambda) ? twin.Outcome.BallLambda : twin.Outcome.InitialLambda;
        if (!(lambda >= 0)) return 1;
        double planned = MemoryFactor.Evaluate(lambda, unit.Task.SequenceLength), measured = MemoryFactor.Evaluate(lambda, twin.Unit.Task.SequenceLength);
        // S_T overflows for λ ≫ 1 at long T: η underflows to 0 and the unit takes no step (TrainingUnit), one evaluation.
        if (!double.IsFinite(planned)) return 0;
        return measured > 0 && double.IsFinite(measured) ? planned / measured * (planned / measured) : 1;
    }

    /// <summary>The runs of the measured setting nearest to <paramref name="setting"/> in its family (null: no family measured).</summary>
    private List<MeasuredRun>? Nearest(TrainingUnit setting)
    {
        if (!families.TryGetValue(FamilyKey(setting), out List<TrainingUnit>? candidates)) return null;
        TrainingUnit best = candidates[0];
        double bestDistance = Distance(setting, best);
        foreach (TrainingUnit candidate in candidates.Skip(1))
        {
            double distance = Distance(setting, candidate);
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return settings[best];
    }

    private static double Distance(TrainingUnit a, TrainingUnit b)
        => LogRatio(a.Task.SampleCount, b.Task.SampleCount) + LogRatio(a.Task.SequenceLength, b.Task.SequenceLength) + LogRatio(a.Width, b.Width)
            + AlphaWeight * LogRatio(a.Task.RecurrentScale, b.Task.RecurrentScale);

    private static double LogRatio(double a, double b) => a > 0 && b > 0 ? Math.Abs(Math.Log2(a / b)) : (a == b ? 0 : double.MaxValue / 8);

    /// <summary>The unit but its budget: the same trajectory.</summary>
    private static TrainingUnit ExactKey(TrainingUnit unit) => unit with { MaxSteps = 0 };

    /// <summary>The unit but its budget, draw and initial seed: the same setting.</summary>
    private static TrainingUnit SettingKey(TrainingUnit unit)
        => unit with { MaxSteps = 0, Seed = 0, Task = unit.Task with { DataSeed = 0, TeacherSeed = 0 } };

    /// <summary>A setting but its n, T, m and α: the settings a nearest twin is looked for among.</summary>
    private static TrainingUnit FamilyKey(TrainingUnit setting)
        => setting with { Width = 0, Task = setting.Task with { SampleCount = 0, SequenceLength = 0, RecurrentScale = 0 } };
}
