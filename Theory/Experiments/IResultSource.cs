using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>The outcomes of the units run so far, looked up by unit (the harness's store behind it).</summary>
public interface IResultSource
{
    /// <summary>The unit's store key.</summary>
    string KeyOf(IUnit unit);

    /// <summary>The unit's outcome, when it has been run.</summary>
    bool TryGet<TOutcome>(IUnit unit, out TOutcome outcome) where TOutcome : class;

    /// <summary>The unit's outcome; a unit without one is a bug of the claim's plan.</summary>
    TOutcome Get<TOutcome>(IUnit unit) where TOutcome : class
        => TryGet(unit, out TOutcome outcome) ? outcome : throw new InvalidOperationException($"no result for {unit.Label()}");

    /// <summary>Whether the unit has been run.</summary>
    bool Has(IUnit unit);
}
