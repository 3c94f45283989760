using System.Diagnostics;
using System.Text;

namespace Repro.Harness.Store;

/// <summary>
/// Whole-file writes that readers see either entirely or not at all: write a temp file in the
/// same directory, flush it to disk, rename it over the target. A crash leaves the old file (or
/// none) plus at most a stray temp file, which <see cref="SweepStaleTempFiles"/> removes.
/// </summary>
/// <remarks>
/// Relies on POSIX rename semantics (atomic replace within one file system), which also makes
/// concurrent writers of the same path safe: the last rename wins and every reader sees a
/// complete file. The directory itself is not fsynced (not exposed by .NET), so after a power
/// loss a just-renamed file may revert to its previous version — never to a torn one.
/// </remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Atomically replaces (or creates) <paramref name="path"/> with <paramref name="bytes"/>, creating the directory if needed.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Atomically replaces <paramref name="path"/> with <paramref name="text"/> as UTF-8 without BOM.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, Utf8.GetBytes(text));
    }

    /// <summary>
    /// Atomically replaces <paramref name="path"/> with whatever <paramref name="writeContent"/>
    /// writes (for large outputs such as the PDF). If it throws, the target is untouched and
    /// the temp file is deleted.
    /// </summary>
    public static void Write(string path, Action<Stream> writeContent)
    {
        ArgumentNullException.ThrowIfNull(writeContent);
        string target = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no directory", nameof(path));
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, TempFileName.For(Path.GetFileName(target)));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                writeContent(stream);
                DiskSpaceFault.Charge(temp, stream.Length);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Deletes temp files left by crashed writers under <paramref name="directory"/>: those whose
    /// owner (same host) is no longer running, and any older than <paramref name="olderThan"/>
    /// (covers other hosts and reused pids). Files not named by this class are never touched.
    /// Returns how many were deleted.
    /// </summary>
    public static int SweepStaleTempFiles(string directory, TimeSpan olderThan, bool recursive = true)
    {
        if (!Directory.Exists(directory)) return 0;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            IgnoreInaccessible = true,
            AttributesToSkip = 0, // dot-files count as hidden on Unix; temp files are dot-files
            MatchType = MatchType.Simple,
        };
        int deleted = 0;
        foreach (string file in Directory.EnumerateFiles(directory, ".*.tmp", options).ToList())
        {
            if (!TempFileName.TryParse(Path.GetFileName(file), out string host, out int pid)) continue;
            bool orphaned = host == TempFileName.Host && !IsRunning(pid);
            bool old = DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > olderThan;
            if ((orphaned || old) && TryDelete(file)) deleted++;
        }
        return deleted;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
