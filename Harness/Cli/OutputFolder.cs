using System.Text;
using Repro.Harness.Store;

namespace Repro.Harness.Cli;

/// <summary>Checks, before anything is written, that an artifacts folder can be created or written to.</summary>
internal static class OutputFolder
{
    /// <summary>Linux limits: NAME_MAX bytes per path component, PATH_MAX bytes (with the terminating NUL) per path.</summary>
    private const int MaxComponentBytes = 255, MaxPathBytes = 4095;

    /// <summary>The absolute path, or a UsageException naming --out and the problem. Creates nothing.</summary>
    public static string Check(string path)
    {
        string full;
        try
        {
            if (path.Length == 0 || path.Contains('\0')) throw new ArgumentException("empty or contains NUL");
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException("--out", $"'{Printable(path)}' is not a valid path (give a non-empty folder path without NUL characters)");
        }
        CheckLength(path, full);
        if (File.Exists(full)) throw new UsageException("--out", $"'{path}' is a file (give a folder)");
        CheckLayout(path, full);
        string probe = full;
        while (!Directory.Exists(probe))
        {
            string? parent = Path.GetDirectoryName(probe);
            if (parent is null) throw new UsageException("--out", $"'{path}' has no existing parent folder");
            if (File.Exists(parent)) throw new UsageException("--out", $"'{parent}' is a file, so '{path}' cannot be created");
            probe = parent;
        }
        if (!IsWritable(probe)) throw new UsageException("--out", $"'{probe}' is not writable (give a folder you can write to)");
        return full;
    }

    /// <summary>Too-long names would otherwise fail only when the first result is saved (an I/O error mid-run instead of exit 2).</summary>
    private static void CheckLength(string path, string full)
    {
        if (Encoding.UTF8.GetByteCount(full) > MaxPathBytes)
            throw new UsageException("--out", $"the path is {Encoding.UTF8.GetByteCount(full)} bytes long (allowed: at most {MaxPathBytes})");
        string? longName = full.Split(Path.DirectorySeparatorChar).FirstOrDefault(part => Encoding.UTF8.GetByteCount(part) > MaxComponentBytes);
        if (longName is not null)
            throw new UsageException("--out", $"'{Shorten(longName)}' in '{Shorten(path)}' is {Encoding.UTF8.GetByteCount(longName)} bytes long (allowed: at most {MaxComponentBytes} per folder name)");
    }

    /// <summary>An existing folder whose store or results is a file (or manifest a folder) would fail mid-run; say so up front.</summary>
    private static void CheckLayout(string path, string full)
    {
        foreach (string folder in new[] { "store", Results.ResultsWriter.Folder })
            if (File.Exists(Path.Combine(full, folder)))
                throw new UsageException("--out", $"'{Path.Combine(path, folder)}' is a file, but the run keeps a folder there (move it away)");
        if (Directory.Exists(Path.Combine(full, Manifest.FileName)))
            throw new UsageException("--out", $"'{Path.Combine(path, Manifest.FileName)}' is a folder, but the run writes a file there (move it away)");
    }

    /// <summary>The probe is named like an atomic write's temp file, so if the process is killed right here the next run's sweep removes it.</summary>
    private static bool IsWritable(string directory)
    {
        string test = Path.Combine(directory, TempFileName.For("write-test"));
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

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..28] + "…" + text[^28..];

    private static string Printable(string text) => Shorten(text.Replace("\0", "\\0"));
}
