namespace Repro.Harness.Execution;

/// <summary>
/// A unit's computation threw (other than by cancellation). Names the unit so the one-line
/// error tells the user which grid point broke; the original exception is the inner one.
/// </summary>
public sealed class UnitFailedException : Exception
{
    /// <summary>Wraps <paramref name="inner"/>, thrown while computing the unit <paramref name="label"/>.</summary>
    public UnitFailedException(string label, string key, Exception inner)
        : base($"unit '{label}' failed: {inner.GetType().Name}: {inner.Message}".ReplaceLineEndings(" "), inner)
    {
        Label = label;
        Key = key;
    }

    /// <summary>The failing unit's label.</summary>
    public string Label { get; }

    /// <summary>The failing unit's store key.</summary>
    public string Key { get; }
}
