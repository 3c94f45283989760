namespace Repro.Harness.Tests.Reliability;

/// <summary>Every file and folder under a root, dot-files included, with the files' bytes: "nothing changed" and "byte-identical" in one value.</summary>
internal sealed class FolderSnapshot
{
    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0 };

    private FolderSnapshot(SortedDictionary<string, byte[]> files, SortedSet<string> folders)
    {
        Files = files;
        Folders = folders;
    }

    /// <summary>Relative '/'-separated path → bytes.</summary>
    public SortedDictionary<string, byte[]> Files { get; }

    public SortedSet<string> Folders { get; }

    public static FolderSnapshot Take(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (string path in Directory.EnumerateFiles(root, "*", Everything)) files[Relative(root, path)] = File.ReadAllBytes(path);
            foreach (string path in Directory.EnumerateDirectories(root, "*", Everything)) folders.Add(Relative(root, path));
        }
        return new FolderSnapshot(files, folders);
    }

    /// <summary>Writes the files under <paramref name="root"/> (to start a trial from a known store).</summary>
    public void WriteTo(string root)
    {
        foreach ((string path, byte[] bytes) in Files)
        {
            string full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>The differences with <paramref name="other"/> in files (names and bytes), empty when identical.</summary>
    public List<string> FileDifferences(FolderSnapshot other)
    {
        var differences = new List<string>();
        differences.AddRange(Files.Keys.Except(other.Files.Keys).Select(p => $"only before: {p}"));
        differences.AddRange(other.Files.Keys.Except(Files.Keys).Select(p => $"only after: {p}"));
        differences.AddRange(Files.Keys.Intersect(other.Files.Keys).Where(p => !Files[p].AsSpan().SequenceEqual(other.Files[p])).Select(p => $"differs: {p}"));
        return differences;
    }

    /// <summary>File and folder differences (for "nothing was written": an empty folder created is a change too).</summary>
    public List<string> Differences(FolderSnapshot other)
    {
        List<string> differences = FileDifferences(other);
        differences.AddRange(Folders.Except(other.Folders).Select(p => $"folder only before: {p}"));
        differences.AddRange(other.Folders.Except(Folders).Select(p => $"folder only after: {p}"));
        return differences;
    }

    /// <summary>Paths of temp files of atomic writes (".name.host.pid.random.tmp").</summary>
    public List<string> TempFiles() => [.. Files.Keys.Where(p => Store.TempFileName.TryParse(Path.GetFileName(p), out _, out _))];

    public FolderSnapshot Without(string path)
    {
        var files = new SortedDictionary<string, byte[]>(Files, StringComparer.Ordinal);
        files.Remove(path);
        return new FolderSnapshot(files, Folders);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
