using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Claims;

/// <summary>Hand-made outcomes for a claim's analysis: every unit is answered by a function of the unit, nothing runs.</summary>
internal sealed class CannedResults(Func<IUnit, object> outcome) : IResultSource
{
    public string KeyOf(IUnit unit) => unit.ToString() ?? "";

    public bool Has(IUnit unit) => true;

    public bool TryGet<TOutcome>(IUnit unit, out TOutcome result) where TOutcome : class
    {
        result = (TOutcome)outcome(unit);
        return true;
    }

    /// <summary>
    /// C4's units: training as given; the comparator's loss falls like 1/m (so it certifies ε/2 = 0.025 from m = 64 on,
    /// at every T: m*(T) is flat); the curvature is 1.
    /// </summary>
    public static CannedResults ForCutoff(Func<TrainingUnit, TrainingOutcome> training)
        => new(unit => unit switch
        {
            TrainingUnit t => training(t),
            ComparatorUnit c => new ComparatorRecord(1.0 / c.Width, 1.0 / c.Width, 1.0, 1.0),
            CurvatureUnit => new CurvatureOutcome(1.0, 1.0),
            _ => throw new ArgumentException($"unexpected unit {unit.Label()}"),
        });

    /// <summary>A training outcome with the given steps and comparator; the rest plausible and fixed (the path curvature 1, as at Θ(0)).</summary>
    public static TrainingOutcome Training(int steps, bool reached, double ballLambda, double comparatorLoss = 0.01,
        double stepSize = 0.01, double transportNorm = 1.0, int? divergedAt = null, PathCurvatureRecord? path = null)
        => new(steps, reached, divergedAt, 1.0, 0.04, 0.04, 1.0, stepSize, ballLambda, ballLambda, 1.0, transportNorm, [[0, 1.0]], null, null,
            new ComparatorRecord(comparatorLoss, comparatorLoss, transportNorm, transportNorm * transportNorm), transportNorm,
            PathCurvature: path ?? new PathCurvatureRecord(1.0, 1.0));

    /// <summary><see cref="ForCutoff"/> with the curvature at Θ(0) given per unit.</summary>
    public static CannedResults ForCutoff(Func<TrainingUnit, TrainingOutcome> training, Func<CurvatureUnit, double> curvature)
        => new(unit => unit is CurvatureUnit c ? new CurvatureOutcome(curvature(c), 1.0) : ForCutoff(training).Outcome(unit));

    private object Outcome(IUnit unit) => outcome(unit);
}
