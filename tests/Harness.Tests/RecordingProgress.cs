using Repro.Harness.Execution;

namespace Repro.Harness.Tests;

/// <summary>A progress sink that remembers every call.</summary>
internal sealed class RecordingProgress : IProgressSink
{
    public List<string> Calls { get; } = [];

    public void Plan(int units, double estimatedCost) => Calls.Add($"plan {units} {estimatedCost}");

    public void Reused(WorkItem item) => Calls.Add($"reused {item.Label}");

    public void Computed(WorkItem item, TimeSpan computeTime) => Calls.Add($"ran {item.Label}");

    public void Finish() => Calls.Add("finish");
}
