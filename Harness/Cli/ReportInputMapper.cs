using Repro.Theory.Experiments;
using System.Globalization;
using Repro.Harness.Store;
using Repro.Reports.Content;
using Repro.Theory.Claims;

namespace Repro.Harness.Cli;

/// <summary>Maps the harness's manifest and results into the report's own input record (Reports knows no Harness type).</summary>
internal static class ReportInputMapper
{
    public static ReportInput Map(ReportSources sources, DateTimeOffset date)
    {
        Manifest m = sources.Manifest;
        var provenance = new ReportProvenance(
            ToolVersion: m.ToolVersion,
            GitCommit: m.Git.Commit,
            GitTree: m.Git.Tree.ToString().ToLowerInvariant(),
            GitDiffSha256: m.Git.DiffSha256,
            Environment:
            [
                new("runtime", m.Environment.Runtime),
                new("operating system", m.Environment.Os),
                new("architecture", m.Environment.Architecture),
                new("CPU", m.Environment.Cpu),
                new("logical cores", m.Environment.LogicalCores.ToString(CultureInfo.InvariantCulture)),
            ],
            Profile: m.Profile,
            ManifestSha256: sources.ManifestSha256,
            ManifestUnitCount: m.UnitKeys.Count);
        return new ReportInput(
            sources.Analyses,
            [.. sources.Analyses.Select(a => ClaimRegistry.Get(a.ClaimId).Claim)],
            provenance,
            date,
            ReportCompute.Estimate(m.Profile, sources.Analyses));
    }
}
