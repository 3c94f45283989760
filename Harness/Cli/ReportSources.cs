using Repro.Theory.Experiments;
using System.Text.Json;
using Repro.Harness.Results;
using Repro.Harness.Store;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Cli;

/// <summary>
/// What `repro report` reads — manifest.json and results/*.json — checked before anything is
/// written: a missing folder or file, a file that is not JSON or not a claim analysis, or a
/// results file whose bytes differ from the hash the manifest recorded is a UsageException
/// naming the file and the problem (exit 2).
/// </summary>
internal sealed record ReportSources(Manifest Manifest, string ManifestSha256, IReadOnlyList<ClaimAnalysis> Analyses)
{
    public static ReportSources Load(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
            throw new UsageException("--out", $"'{outputDirectory}' does not exist (run `repro run --out {outputDirectory}` first)");
        string manifestPath = Path.Combine(outputDirectory, Manifest.FileName);
        if (!File.Exists(manifestPath))
            throw new UsageException(Manifest.FileName, $"missing in '{outputDirectory}' (run `repro run --out {outputDirectory}` first)");
        Manifest manifest = Manifest.Load(manifestPath);
        string manifestSha = ContentHash.Sha256HexOfFile(manifestPath);

        string results = Path.Combine(outputDirectory, ResultsWriter.Folder);
        if (!Directory.Exists(results))
            throw new UsageException(ResultsWriter.Folder + "/", $"missing in '{outputDirectory}' (run `repro run --out {outputDirectory}` first)");
        List<string> files = [.. Directory.EnumerateFiles(results, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        if (files.Count == 0)
            throw new UsageException(ResultsWriter.Folder + "/", $"holds no <claim>.json in '{outputDirectory}' (run `repro run --out {outputDirectory}` first)");

        var analyses = files.Select(name => Read(outputDirectory, $"{ResultsWriter.Folder}/{name}", manifest)).ToList();
        CheckListedOutputs(outputDirectory, manifest);
        string? duplicate = analyses.SelectMany(a => a.Models).SelectMany(m => m.Figures).GroupBy(f => f.Id, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null) throw new UsageException(ResultsWriter.Folder + "/", $"figure id '{duplicate}' appears more than once");
        return new ReportSources(manifest, manifestSha, analyses);
    }

    private static ClaimAnalysis Read(string outputDirectory, string relative, Manifest manifest)
    {
        string path = Path.Combine(outputDirectory, relative);
        System.Text.Json.Nodes.JsonNode? node;
        try
        {
            node = CanonicalJson.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new UsageException(relative, $"not JSON: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(relative, $"cannot be read: {e.Message}");
        }
        ClaimAnalysis analysis;
        try
        {
            analysis = CanonicalJson.FromNode<ClaimAnalysis>(node);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new UsageException(relative, $"not a claim analysis: {e.Message}");
        }
        AnalysisShape.Check(relative, analysis);
        string expectedId = Path.GetFileNameWithoutExtension(relative);
        if (analysis.ClaimId != expectedId) throw new UsageException(relative + ": claimId", $"'{analysis.ClaimId}' does not match the file name");
        if (!ClaimRegistry.TryGet(analysis.ClaimId, out _))
            throw new UsageException(relative + ": claimId", $"'{analysis.ClaimId}' is not a claim (allowed: {string.Join(", ", ClaimRegistry.Claims.Select(c => c.Id))})");
        if (analysis.Profile != manifest.Profile)
            throw new UsageException(relative + ": profile", $"'{analysis.Profile}' differs from the manifest's '{manifest.Profile}'");
        if (!manifest.Outputs.Any(o => o.Path == relative))
            throw new UsageException(relative, $"is not listed in {Manifest.FileName} (results and manifest come from different runs)");
        return analysis;
    }

    /// <summary>Every results file the manifest lists must exist with the recorded bytes.</summary>
    private static void CheckListedOutputs(string outputDirectory, Manifest manifest)
    {
        foreach (OutputFile output in manifest.Outputs.Where(o => o.Path.StartsWith(ResultsWriter.Folder + "/", StringComparison.Ordinal)))
        {
            string path = Path.Combine(outputDirectory, output.Path);
            if (!File.Exists(path)) throw new UsageException(output.Path, $"listed in {Manifest.FileName} but missing");
            string actual = ContentHash.Sha256HexOfFile(path);
            if (actual != output.Sha256)
                throw new UsageException(output.Path, $"SHA-256 {actual[..12]}… does not match {Manifest.FileName} ({output.Sha256[..12]}…): the file changed after the run");
        }
    }
}
