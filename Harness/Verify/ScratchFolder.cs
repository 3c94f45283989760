namespace Repro.Harness.Verify;

/// <summary>
/// Where verify computes fresh results: a folder the user names (must be new or empty, kept for
/// inspection) or a temp folder deleted afterwards. Never the run's own folder, so the evidence
/// being checked is never touched.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    private readonly bool temporary;

    private ScratchFolder(string path, bool temporary)
    {
        Path = path;
        this.temporary = temporary;
    }

    public string Path { get; }

    /// <summary>Rejects a --scratch that is a file or a non-empty folder; creates nothing.</summary>
    public static void Check(string? scratch)
    {
        if (scratch is null) return;
        if (File.Exists(scratch)) throw new UsageException("--scratch", $"'{scratch}' is a file (give a new or empty folder)");
        if (Directory.Exists(scratch) && Directory.EnumerateFileSystemEntries(scratch).Any())
            throw new UsageException("--scratch", $"'{scratch}' is not empty (give a new or empty folder, so nothing stale is reused)");
        Cli.OutputFolder.Check(scratch);
    }

    public static ScratchFolder Open(string? scratch)
    {
        if (scratch is null) return new ScratchFolder(Directory.CreateTempSubdirectory("repro-verify-").FullName, temporary: true);
        Directory.CreateDirectory(scratch);
        return new ScratchFolder(scratch, temporary: false);
    }

    public void Dispose()
    {
        if (!temporary) return;
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder must not change the verdict
        }
    }
}
