using System.Globalization;
using Repro.Harness.Store;

namespace Repro.Harness.Cli;

/// <summary>
/// The report's one date, never the clock: SOURCE_DATE_EPOCH (reproducible-builds convention) if
/// set, else the committer time of the commit the manifest names (embedded in this build when it
/// is the build's own commit, so no checkout is needed), else the Unix epoch.
/// </summary>
internal static class ReportDate
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>Upper end accepted for SOURCE_DATE_EPOCH (9999-12-31T23:59:59Z, the last second DateTimeOffset can hold).</summary>
    private const long MaxSeconds = 253402300799;

    /// <summary>The date SOURCE_DATE_EPOCH asks for, null when unset or empty; a UsageException naming it when it is not a whole number of seconds in range.</summary>
    public static DateTimeOffset? FromEpochVariable(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) || seconds > MaxSeconds)
            throw UsageException.OutOfRange(Variable, $"'{value}'", $"whole seconds since 1970-01-01 UTC, 0..{MaxSeconds}");
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <summary>SOURCE_DATE_EPOCH, else the commit's time (known to this build when it is its own commit), else 1970-01-01.</summary>
    public static DateTimeOffset Resolve(string? sourceDateEpoch, GitInfo git, string repositoryDirectory)
        => FromEpochVariable(sourceDateEpoch)
           ?? (git.Commit == BuildCommit.Current?.Commit ? BuildCommit.Current.Time : null)
           ?? (git.Commit == GitInfo.UnknownCommit ? null : GitProbe.CommitTime(repositoryDirectory, git.Commit))
           ?? DateTimeOffset.UnixEpoch;
}
