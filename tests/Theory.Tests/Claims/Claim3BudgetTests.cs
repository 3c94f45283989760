using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Claims;

/// <summary>C3's step budget is the theorem's τ(ε) of each run, and on the smoke grid it never binds.</summary>
public class Claim3BudgetTests
{
    private static readonly ExperimentScope Smoke = new(Profile.Smoke, [ModelNames.Diagonal]);

    /// <summary>Runs every unit of the smoke plan (comparators at n₀, then training at m₀'s widths) for real.</summary>
    private sealed class Executed : IResultSource
    {
        private readonly Dictionary<IUnit, object> done = [];

        public string KeyOf(IUnit unit) => unit.Label();

        public bool Has(IUnit unit) => done.ContainsKey(unit);

        public bool TryGet<TOutcome>(IUnit unit, out TOutcome outcome) where TOutcome : class
        {
            if (!done.TryGetValue(unit, out object? result)) done[unit] = result = unit.Execute(CancellationToken.None);
            outcome = (TOutcome)result;
            return true;
        }
    }

    [Fact]
    public void DoublingTheStepBudgetChangesNoOutcomeOnTheSmokeGrid()
    {
        var results = new Executed();
        int m0 = Claim3WidthGrowth.ReferenceWidth(Smoke, results) ?? throw new InvalidOperationException("no m₀ on the smoke grid");
        var single = Claim3WidthGrowth.PlanAt(Smoke, m0).Select(u => ((IResultSource)results).Get<TrainingOutcome>(u)).ToArray();
        var doubled = Claim3WidthGrowth.DoubledBudgetPlan(Smoke, m0).Select(u => (TrainingOutcome)u.Execute(CancellationToken.None)).ToArray();
        Assert.Equal(single.Length, doubled.Length);
        Assert.Contains(single, o => o.ReachedTarget);
        for (int i = 0; i < single.Length; i++)
        {
            Assert.Equal(single[i].ReachedTarget, doubled[i].ReachedTarget);
            if (single[i].ReachedTarget) Assert.Equal(single[i].Steps, doubled[i].Steps);
            // The doubled run really had twice the budget (or the cap), so the test is not vacuous.
            Assert.True(doubled[i].StepBudget >= Math.Min(2 * single[i].StepBudget!.Value - 1, Claim3WidthGrowth.StepCap), $"run {i}");
        }
    }

    [Fact]
    public void TheBudgetIsTheRunsOwnTheoremBudget()
    {
        var task = new TaskSetting(ModelNames.Diagonal, 1.0, 0.5, 4, 32, 2, DataSeed: 300, TeacherAtoms: 256, TransportNorm: 1, TeacherSeed: 300);
        var unit = new TrainingUnit(task, 16, 0, 0.05, 1.0, double.PositiveInfinity, 100000, TrainingUnit.AveragedIterate, false, false,
            ComparatorRadius: true, StepSizeFromBall: true, BudgetFromBound: 1.5);
        var o = (TrainingOutcome)unit.Execute(CancellationToken.None);
        double nu = o.EffectiveTransportNorm, bound = nu * nu / (2 * o.StepSize * o.TargetVariance * (0.05 - o.Comparator!.RelativeLoss));
        Assert.Equal((int)Math.Ceiling(1.5 * bound), o.StepBudget);
        Assert.True(o.Steps < o.StepBudget);
        // A comparator that does not certify ε: the theorem grants no step, and the run is a failure at Θ(0).
        var hopeless = (TrainingOutcome)(unit with { RelativeTarget = o.Comparator.RelativeLoss / 2 }).Execute(CancellationToken.None);
        Assert.Equal(0, hopeless.StepBudget);
        Assert.Equal(0, hopeless.Steps);
        Assert.False(hopeless.ReachedTarget);
        // Without the option the budget is τ_max as given.
        Assert.Equal(30, ((TrainingOutcome)(unit with { BudgetFromBound = 0, MaxSteps = 30 }).Execute(CancellationToken.None)).StepBudget);
    }
}
