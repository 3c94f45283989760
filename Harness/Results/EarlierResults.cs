using Repro.Theory.Experiments;
using Repro.Harness.Store;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Results;

/// <summary>
/// Results of claims that an earlier run wrote into the same folder and this run does not redo
/// (`--claims C1`, then `--claims C2`). They are kept and listed again in the new manifest, so runs
/// of claim subsets compose into one run — but only when one manifest can honestly describe both:
/// the earlier files are exactly those its manifest lists with their recorded bytes, and it was made
/// with the same profile by the same build on the same machine. Otherwise the run is refused before anything runs, with
/// the command that makes the folder whole.
/// </summary>
/// <param name="ClaimIds">The kept claims, sorted.</param>
/// <param name="Outputs">Their results files, relative to the folder ('/'-separated).</param>
/// <param name="UnitKeys">The units their analyses rest on.</param>
internal sealed record EarlierResults(IReadOnlyList<string> ClaimIds, IReadOnlyList<string> Outputs, IReadOnlyList<string> UnitKeys)
{
    public static EarlierResults None { get; } = new([], [], []);

    /// <summary>What to keep of <paramref name="outputDirectory"/>'s results for claims other than <paramref name="claimIds"/>.</summary>
    /// <exception cref="UsageException">The earlier results cannot be composed with this run; the message says what to do.</exception>
    public static EarlierResults Find(string outputDirectory, IReadOnlyList<string> claimIds, string profile, GitInfo git, string toolVersion, EnvironmentInfo environment)
    {
        string folder = Path.Combine(outputDirectory, ResultsWriter.Folder);
        if (!Directory.Exists(folder)) return None;
        var present = Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => name.EndsWith(".json", StringComparison.Ordinal) || name.EndsWith(".csv", StringComparison.Ordinal))
            .Where(name => !claimIds.Contains(Path.GetFileNameWithoutExtension(name)))
            .Select(name => $"{ResultsWriter.Folder}/{name}")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (present.Count == 0) return None;

        List<string> others = [.. present.Select(ClaimOf).Distinct().Order(StringComparer.Ordinal)];
        string fix = $"to keep them, re-run them with this one: `repro run --claims {string.Join(",", others.Concat(claimIds).Order(StringComparer.Ordinal))} "
            + $"--profile {profile} --out {outputDirectory}` (stored units are reused); to drop them, remove {string.Join(", ", others.Select(c => $"{ResultsWriter.Folder}/{c}.*"))}";
        UsageException Refuse(string file, string problem) => new(file, $"{problem}, so this run cannot add to it; {fix}");

        string manifestPath = Path.Combine(outputDirectory, Manifest.FileName);
        if (!File.Exists(manifestPath)) throw Refuse(present[0], $"is not described by any {Manifest.FileName} (an interrupted or copied run)");
        Manifest manifest = Manifest.Load(manifestPath);
        if (manifest.Profile != profile) throw Refuse(Manifest.FileName, $"describes claims {string.Join(",", others)} of profile {manifest.Profile}, not {profile}");
        if (manifest.Git != git || manifest.ToolVersion != toolVersion)
            throw Refuse(Manifest.FileName, $"describes claims {string.Join(",", others)} made by another build ({Describe(manifest.Git, manifest.ToolVersion)}; this is {Describe(git, toolVersion)})");
        if (manifest.Environment != environment)
            throw Refuse(Manifest.FileName, $"describes claims {string.Join(",", others)} made on another machine ({manifest.Environment.Cpu}, {manifest.Environment.LogicalCores} cores, {manifest.Environment.Runtime})");

        var listed = manifest.Outputs.Where(o => others.Contains(ClaimOf(o.Path))).ToDictionary(o => o.Path, o => o.Sha256, StringComparer.Ordinal);
        foreach (string file in present)
        {
            if (!listed.TryGetValue(file, out string? sha)) throw Refuse(file, $"is not listed in {Manifest.FileName} (results and manifest come from different runs)");
            if (ContentHash.Sha256HexOfFile(Path.Combine(outputDirectory, file)) != sha) throw Refuse(file, $"changed after the run {Manifest.FileName} describes");
        }
        string? gone = listed.Keys.FirstOrDefault(path => !present.Contains(path));
        if (gone is not null) throw Refuse(gone, $"is listed in {Manifest.FileName} but missing");

        var keys = new List<string>();
        foreach (string json in present.Where(p => p.EndsWith(".json", StringComparison.Ordinal)))
        {
            ClaimAnalysis analysis = ResultsWriter.Read(Path.Combine(outputDirectory, json));
            keys.AddRange(analysis.Models.SelectMany(m => m.UnitKeys));
        }
        return new EarlierResults(others, present, keys);
    }

    private static string ClaimOf(string path) => Path.GetFileNameWithoutExtension(path);

    private static string Describe(GitInfo git, string toolVersion)
        => $"commit {(git.Commit.Length > 12 ? git.Commit[..12] : git.Commit)} {git.Tree.ToString().ToLowerInvariant()}"
           + (git.DiffSha256 is { } diff ? $" diff {diff[..12]}" : "") + $", repro {toolVersion}";
}
