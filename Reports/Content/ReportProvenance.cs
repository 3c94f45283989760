using Repro.Theory.Experiments;
namespace Repro.Reports.Content;

/// <summary>
/// The provenance the report prints, mapped by the harness from its manifest (Reports knows no
/// manifest type). The unit keys behind each figure travel with the analyses themselves
/// (<c>ModelAnalysis.UnitKeys</c>), so they are not repeated here.
/// </summary>
/// <param name="ToolVersion">Informational version of <c>repro</c>.</param>
/// <param name="GitCommit">Full commit hash, or "unknown".</param>
/// <param name="GitTree">"clean", "dirty" or "unknown".</param>
/// <param name="GitDiffSha256">SHA-256 of the uncommitted diff when dirty, else null.</param>
/// <param name="Environment">(name, value) lines: runtime, OS, architecture, CPU, cores.</param>
/// <param name="Profile">smoke, review or full.</param>
/// <param name="ManifestSha256">Hex SHA-256 of manifest.json, printed on every page.</param>
/// <param name="ManifestUnitCount">How many unit keys the manifest lists.</param>
public sealed record ReportProvenance(
    string ToolVersion,
    string GitCommit,
    string GitTree,
    string? GitDiffSha256,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    string Profile,
    string ManifestSha256,
    int ManifestUnitCount)
{
    /// <summary>The first 12 hex digits of the manifest hash: enough to tell runs apart on a page.</summary>
    public string ManifestShort => ManifestSha256.Length > 12 ? ManifestSha256[..12] : ManifestSha256;
}
