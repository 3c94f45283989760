using System.Globalization;

namespace Repro.Reports.Layout;

/// <summary>
/// Whole-file replace via a temp file in the same folder and a rename, so a reader never sees a
/// half-written figure. The temp name (pid + counter) never reaches any output.
/// </summary>
internal static class AtomicWrite
{
    private static long counter;

    public static void Bytes(string path, ReadOnlySpan<byte> bytes)
    {
        string target = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no directory", nameof(path));
        Directory.CreateDirectory(directory);
        string suffix = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}.{Interlocked.Increment(ref counter)}");
        string temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{suffix}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
