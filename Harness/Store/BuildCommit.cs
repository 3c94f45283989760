using System.Globalization;
using System.Reflection;

namespace Repro.Harness.Store;

/// <summary>
/// The commit the running <c>repro</c> was built from, embedded at build time (Harness.csproj,
/// target EmbedBuildCommit): its hash, committer time, and whether the built tree had changes.
/// It is what ran, wherever the tool is started from, so the manifest prefers it to the checkout
/// the working directory happens to be in.
/// </summary>
/// <param name="Commit">Full commit hash.</param>
/// <param name="Time">Committer time (the report's date when SOURCE_DATE_EPOCH is unset).</param>
/// <param name="Tree">Whether the tree the build compiled had uncommitted changes.</param>
public sealed record BuildCommit(string Commit, DateTimeOffset? Time, GitTreeState Tree)
{
    /// <summary>This build's commit, or null when it was built without git (e.g. from a source tarball).</summary>
    public static BuildCommit? Current { get; } = Read(typeof(BuildCommit).Assembly);

    /// <summary>
    /// What a run records: the live state of the checkout at <paramref name="repositoryDirectory"/> when
    /// it is the commit this tool was built from (so a dirty tree keeps its diff hash), else the build's own.
    /// </summary>
    public static GitInfo Provenance(string repositoryDirectory, BuildCommit? build)
    {
        GitInfo probed = GitProbe.Describe(repositoryDirectory);
        return build is null || probed.Commit == build.Commit ? probed : new GitInfo(build.Commit, build.Tree, null);
    }

    private static BuildCommit? Read(Assembly assembly)
    {
        Dictionary<string, string?> metadata = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        if (!metadata.TryGetValue("Repro.BuildCommit", out string? commit) || commit is null || !IsCommitHash(commit)) return null;
        DateTimeOffset? time = metadata.TryGetValue("Repro.BuildCommitTime", out string? seconds)
            && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out long s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
        GitTreeState tree = metadata.GetValueOrDefault("Repro.BuildTree") switch
        {
            "clean" => GitTreeState.Clean,
            "dirty" => GitTreeState.Dirty,
            _ => GitTreeState.Unknown,
        };
        return new BuildCommit(commit, time, tree);
    }

    private static bool IsCommitHash(string text)
        => text.Length is 40 or 64 && text.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;
}
