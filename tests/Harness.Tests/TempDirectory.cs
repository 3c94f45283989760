namespace Repro.Harness.Tests;

/// <summary>A fresh directory under the system temp path, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("repro-harness-tests-").FullName;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Every file below the directory, relative, '/'-separated, sorted (for "no temp file left" checks).</summary>
    public List<string> Files() => [.. Directory
        .EnumerateFiles(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp directory must not fail a test
        }
    }
}
