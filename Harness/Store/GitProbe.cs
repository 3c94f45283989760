using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Repro.Harness.Store;

/// <summary>
/// Asks git where the code came from: HEAD commit, clean/dirty, and the hash of the diff when
/// dirty. Never fails: without git, outside a repository, or on any git error the answer is
/// <see cref="GitInfo.Unknown"/> (a release tarball must still run).
/// </summary>
public static class GitProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Describes the repository containing <paramref name="repositoryDirectory"/>.</summary>
    public static GitInfo Describe(string repositoryDirectory)
    {
        if (!Directory.Exists(repositoryDirectory)) return GitInfo.Unknown;
        string? commit = Text(Run(repositoryDirectory, "rev-parse", "--verify", "HEAD"))?.Trim();
        if (commit is null || (commit.Length != 40 && commit.Length != 64) || commit.AsSpan().IndexOfAnyExcept("0123456789abcdef") >= 0)
            return GitInfo.Unknown;

        byte[]? status = Run(repositoryDirectory, "status", "--porcelain", "--untracked-files=normal");
        if (status is null) return new GitInfo(commit, GitTreeState.Unknown, null);
        if (status.Length == 0) return new GitInfo(commit, GitTreeState.Clean, null);

        byte[]? diff = Run(repositoryDirectory, "diff", "HEAD", "--no-color", "--no-ext-diff", "--binary");
        return new GitInfo(commit, GitTreeState.Dirty, diff is null ? null : ContentHash.Sha256Hex(diff));
    }

    /// <summary>
    /// The committer time of <paramref name="commit"/> in the repository containing
    /// <paramref name="repositoryDirectory"/>, or null if git, the repository or the commit is unavailable.
    /// </summary>
    public static DateTimeOffset? CommitTime(string repositoryDirectory, string commit)
    {
        if (!Directory.Exists(repositoryDirectory) || commit.Length == 0 || commit.AsSpan().IndexOfAnyExcept("0123456789abcdef") >= 0) return null;
        string? text = Text(Run(repositoryDirectory, "show", "-s", "--format=%ct", commit + "^{commit}"))?.Trim();
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    /// <summary>Stdout of <c>git -C dir args…</c>, or null if git is missing, fails or hangs.</summary>
    private static byte[]? Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        // Only the directory decides the repository; read-only queries must not take the index lock.
        start.Environment.Remove("GIT_DIR");
        start.Environment.Remove("GIT_WORK_TREE");
        start.Environment.Remove("GIT_INDEX_FILE");
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";

        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            var stdout = new MemoryStream();
            Task copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            Task.WaitAll(copy, stderr);
            return process.ExitCode == 0 ? stdout.ToArray() : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
