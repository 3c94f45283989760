using Repro.Harness.Execution;

namespace Repro.Harness.Experiments;

/// <summary>What a run did across its rounds.</summary>
internal sealed class RunTally
{
    private readonly List<CorruptEntry> corrupt = [];

    public int Rounds { get; private set; }

    public int Executed { get; private set; }

    public int Reused { get; private set; }

    public bool Interrupted { get; set; }

    public IReadOnlyList<CorruptEntry> Corrupt => corrupt;

    public void Add(BatchOutcome outcome)
    {
        Rounds++;
        Executed += outcome.Executed;
        Reused += outcome.Reused;
        corrupt.AddRange(outcome.Corrupt);
    }
}
