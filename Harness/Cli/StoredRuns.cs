using Repro.Harness.Experiments;
using Repro.Harness.Store;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Cli;

/// <summary>Every training run a store holds, whatever plan or profile ran it: the measurements `repro list` forecasts from.</summary>
internal static class StoredRuns
{
    /// <summary>The store's valid training entries, in key order; corrupt entries and units of another build are skipped (they are not measurements of this one).</summary>
    public static IReadOnlyList<MeasuredRun> Load(ResultStore store)
    {
        var runs = new List<MeasuredRun>();
        foreach (string key in store.Keys())
        {
            if (store.TryLoad(key) is not { IsFound: true, Entry: { } entry }) continue;
            if (entry.Unit["kind"]?.GetValue<string>() != "train") continue;
            try
            {
                if (UnitCodec.FromJson(entry.Unit) is TrainingUnit unit)
                    runs.Add(new MeasuredRun(unit, CanonicalJson.FromNode<TrainingOutcome>(entry.Result)));
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
            {
                // Written by another version of the units: not a measurement of this build's units.
            }
        }
        return runs;
    }
}
