namespace Repro.Harness.Store;

/// <summary>
/// A manifest file that cannot be read: not JSON, a missing or ill-typed field, or a newer
/// format. It is bad input (exit 2), so it is a <see cref="UsageException"/> naming the field.
/// </summary>
public sealed class ManifestFormatException : UsageException
{
    /// <summary>"<paramref name="field"/>: <paramref name="problem"/> (in <paramref name="path"/>)".</summary>
    public ManifestFormatException(string path, string field, string problem, Exception? inner = null)
        : base(field, $"{problem} (in {path})", inner)
        => Path = path;

    /// <summary>The manifest file.</summary>
    public string Path { get; }
}
