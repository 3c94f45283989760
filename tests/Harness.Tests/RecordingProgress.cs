using Repro.Harness.Execution;

namespace Repro.Harness.Tests;

/// <summary>A progress sink that remembers every call.</summary>
internal sealed class RecordingProgress : IProgressSink
{
    public List<string> Calls { get; } = [];

    public void Start(int total, double totalCost) => Calls.Add($"start {total} {totalCost}");

    public void Advance(WorkItem item, bool reused) => Calls.Add($"{(reused ? "reused" : "ran")} {item.Label}");

    public void Finish() => Calls.Add("finish");
}
