namespace Repro.Harness.Store;

/// <summary>Where the code that produced a run came from.</summary>
/// <param name="Commit">Full HEAD commit hash, or "unknown".</param>
/// <param name="Tree">Whether the working tree had uncommitted changes.</param>
/// <param name="DiffSha256">
/// When dirty: hex SHA-256 of <c>git diff HEAD</c> (tracked changes; untracked files make the tree
/// dirty but are not in the hash). Null otherwise.
/// </param>
public sealed record GitInfo(string Commit, GitTreeState Tree, string? DiffSha256)
{
    /// <summary>The placeholder written when git cannot be asked.</summary>
    public const string UnknownCommit = "unknown";

    /// <summary>Provenance for a run outside a git checkout (or without git).</summary>
    public static GitInfo Unknown { get; } = new(UnknownCommit, GitTreeState.Unknown, null);
}
