using Repro.Theory.Claims.Analysis;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>
/// A view of the results that remembers every unit an analysis read, so the unit keys behind a
/// model's numbers, and the diverged training runs among them, are recorded by construction: a
/// claim cannot forget a key or a divergence.
/// </summary>
public sealed class RecordedResults(IResultSource inner) : IResultSource
{
    private readonly SortedSet<string> keys = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, TrainingOutcome> training = new(StringComparer.Ordinal);

    public string KeyOf(IUnit unit) => inner.KeyOf(unit);

    public bool Has(IUnit unit) => inner.Has(unit);

    public bool TryGet<TOutcome>(IUnit unit, out TOutcome outcome) where TOutcome : class
    {
        if (!inner.TryGet(unit, out outcome)) return false;
        string key = inner.KeyOf(unit);
        keys.Add(key);
        if (outcome is TrainingOutcome run) training[key] = run;
        return true;
    }

    /// <summary>Every key read, sorted.</summary>
    public IReadOnlyList<string> Keys => [.. keys];

    /// <summary>The diverged runs among the training units read (null: none was a training unit).</summary>
    public DivergenceSummary? Divergence()
        => training.Count == 0
            ? null
            : new DivergenceSummary(training.Count,
                training.Where(t => t.Value.DivergedAtStep is not null).Select(t => new DivergedRun(t.Key, t.Value.DivergedAtStep!.Value)).ToList());
}
