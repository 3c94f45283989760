namespace Repro.Harness.Cli;

/// <summary>Checks, before anything is written, that an artifacts folder can be created or written to.</summary>
internal static class OutputFolder
{
    /// <summary>The absolute path, or a UsageException naming --out and the problem. Creates nothing.</summary>
    public static string Check(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException("--out", $"'{path}' is not a valid path");
        }
        if (File.Exists(full)) throw new UsageException("--out", $"'{path}' is a file (give a folder)");
        string probe = full;
        while (!Directory.Exists(probe))
        {
            string? parent = Path.GetDirectoryName(probe);
            if (parent is null) throw new UsageException("--out", $"'{path}' has no existing parent folder");
            if (File.Exists(parent)) throw new UsageException("--out", $"'{parent}' is a file, so '{path}' cannot be created");
            probe = parent;
        }
        if (!IsWritable(probe)) throw new UsageException("--out", $"'{probe}' is not writable");
        return full;
    }

    private static bool IsWritable(string directory)
    {
        string test = Path.Combine(directory, $".repro-write-test-{Environment.ProcessId}");
        try
        {
            using (File.Create(test, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
        finally
        {
            if (File.Exists(test)) File.Delete(test);
        }
    }
}
