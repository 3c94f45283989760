namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// Makes a folder unwritable for the child processes: chmod 555, or — when the tests run as root,
/// who may write there anyway — a read-only tmpfs mounted over it. Detected, not assumed: the
/// folder is probed with a real write after each attempt.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly string path;
    private bool mounted;

    private ReadOnlyFolder(string path) => this.path = path;

    /// <summary>Null when neither way works here (the case is then skipped, and says so).</summary>
    public static ReadOnlyFolder? TryCreate(string path)
    {
        var folder = new ReadOnlyFolder(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            if (!CanWrite(path)) return folder;
            folder.mounted = SystemTool.Run("mount", "-t", "tmpfs", "-o", "ro,size=16k", "tmpfs", path) && !CanWrite(path);
            if (folder.mounted) return folder;
        }
        folder.Dispose();
        return null;
    }

    public void Dispose()
    {
        if (mounted) SystemTool.Run("umount", path);
        mounted = false;
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool CanWrite(string folder)
    {
        string probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
