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
    public void Start(int total, double totalCost)
    {
    }

    /// <inheritdoc />
    public void Advance(WorkItem item, bool reused)
    {
    }

    /// <inheritdoc />
    public void Finish()
    {
    }
}
