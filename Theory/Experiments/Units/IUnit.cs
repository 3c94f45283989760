
namespace Repro.Theory.Experiments.Units;

/// <summary>
/// One experiment run, fully described by its public properties (which become the canonical JSON
/// its store key is hashed from). Executing it is a pure function of that description.
/// </summary>
public interface IUnit
{
    /// <summary>The unit's type, first field of its JSON ("train", "initial-output", "random-feature-sweep", …).</summary>
    string Kind { get; }

    /// <summary>A short human label for progress lines and error messages.</summary>
    string Label();

    /// <summary>Estimated single-core seconds: orders the work and feeds the ETA and the plan's cost.</summary>
    double EstimatedCost();

    /// <summary>Runs the unit: a pure function of its description. The outcome is a record the harness stores as canonical JSON.</summary>
    object Execute(CancellationToken cancellation);
}
