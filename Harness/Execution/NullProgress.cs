namespace Repro.Harness.Execution;

/// <summary>Discards progress: for tests, <c>--quiet</c> and nested batches.</summary>
public sealed class NullProgress : IProgressSink
{
    private NullProgress()
    {
    }

    /// <summary>The single instance (it has no state).</summary>
    public static NullProgress Instance { get; } = new();

    /// <inheritdoc />
    public void Plan(int units, double estimatedCost)
    {
    }

    /// <inheritdoc />
    public void Reused(WorkItem item)
    {
    }

    /// <inheritdoc />
    public void Computed(WorkItem item, TimeSpan computeTime)
    {
    }

    /// <inheritdoc />
    public void Finish()
    {
    }
}
