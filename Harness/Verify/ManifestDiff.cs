using Repro.Theory.Experiments;
using System.Globalization;
using Repro.Harness.Results;
using Repro.Harness.Store;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Verify;

/// <summary>
/// What changed between two runs, claim by claim: each model's verdict and deciding number (from
/// the results files next to each manifest) and the unit keys added or removed; then the run-level
/// differences (profile, code, outputs).
/// </summary>
internal static class ManifestDiff
{
    public static void Write(TextWriter output, string pathA, string pathB)
    {
        Manifest a = Manifest.Load(pathA), b = Manifest.Load(pathB);
        Dictionary<string, ClaimAnalysis> claimsA = Claims(pathA, a), claimsB = Claims(pathB, b);

        output.WriteLine($"repro diff: A = {pathA}");
        output.WriteLine($"            B = {pathB}");
        Line(output, "profile", a.Profile, b.Profile);
        Line(output, "git commit", $"{a.Git.Commit} ({a.Git.Tree.ToString().ToLowerInvariant()})", $"{b.Git.Commit} ({b.Git.Tree.ToString().ToLowerInvariant()})");
        Line(output, "tool version", a.ToolVersion, b.ToolVersion);
        Line(output, "environment", $"{a.Environment.Os}, {a.Environment.Cpu}", $"{b.Environment.Os}, {b.Environment.Cpu}");
        output.WriteLine();
        output.WriteLine($"{"claim",-6} {"model",-6} {"verdict A → B",-30} {"deciding number A → B",-40} units +added −removed");
        foreach (string claim in claimsA.Keys.Union(claimsB.Keys).Order(StringComparer.Ordinal))
        {
            claimsA.TryGetValue(claim, out ClaimAnalysis? ca);
            claimsB.TryGetValue(claim, out ClaimAnalysis? cb);
            IEnumerable<string> models = (ca?.Models.Select(m => m.Model) ?? []).Union(cb?.Models.Select(m => m.Model) ?? []).Order(StringComparer.Ordinal);
            foreach (string model in models)
            {
                ModelAnalysis? ma = ca?.Models.FirstOrDefault(m => m.Model == model), mb = cb?.Models.FirstOrDefault(m => m.Model == model);
                var keysA = new HashSet<string>(ma?.UnitKeys ?? [], StringComparer.Ordinal);
                var keysB = new HashSet<string>(mb?.UnitKeys ?? [], StringComparer.Ordinal);
                string verdicts = $"{Verdict(ma)} → {Verdict(mb)}";
                string numbers = $"{Number(ma)} → {Number(mb)}";
                bool same = Verdict(ma) == Verdict(mb) && Number(ma) == Number(mb) && keysA.SetEquals(keysB);
                output.WriteLine($"{claim,-6} {model,-6} {verdicts,-30} {numbers,-40} +{keysB.Count(k => !keysA.Contains(k))} −{keysA.Count(k => !keysB.Contains(k))}{(same ? "  (unchanged)" : "")}");
            }
        }
        output.WriteLine();
        var unitsA = new HashSet<string>(a.UnitKeys, StringComparer.Ordinal);
        var unitsB = new HashSet<string>(b.UnitKeys, StringComparer.Ordinal);
        output.WriteLine($"unit keys: {a.UnitKeys.Count} → {b.UnitKeys.Count} (+{unitsB.Count(k => !unitsA.Contains(k))} added, −{unitsA.Count(k => !unitsB.Contains(k))} removed)");
        var filesA = a.Outputs.ToDictionary(o => o.Path, o => o.Sha256, StringComparer.Ordinal);
        var filesB = b.Outputs.ToDictionary(o => o.Path, o => o.Sha256, StringComparer.Ordinal);
        List<string> changed = [.. filesA.Keys.Union(filesB.Keys).Order(StringComparer.Ordinal)
            .Where(p => !filesA.TryGetValue(p, out string? ha) || !filesB.TryGetValue(p, out string? hb) || ha != hb)];
        output.WriteLine(changed.Count == 0 ? "output files: identical" : $"output files that differ: {string.Join(", ", changed)}");
    }

    /// <summary>The results/&lt;claim&gt;.json files the manifest lists, read from beside it.</summary>
    private static Dictionary<string, ClaimAnalysis> Claims(string manifestPath, Manifest manifest)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var claims = new Dictionary<string, ClaimAnalysis>(StringComparer.Ordinal);
        foreach (OutputFile file in manifest.Outputs.Where(o => o.Path.StartsWith(ResultsWriter.Folder + "/", StringComparison.Ordinal) && o.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            string path = Path.Combine(folder, file.Path);
            try
            {
                ClaimAnalysis analysis = ResultsWriter.Read(path);
                claims[analysis.ClaimId] = analysis;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException or NotSupportedException)
            {
                throw new UsageException(file.Path, $"cannot read the results file next to {manifestPath}: {e.Message}", e);
            }
        }
        return claims;
    }

    private static void Line(TextWriter output, string what, string a, string b)
        => output.WriteLine(a == b ? $"{what}: {a} (same)" : $"{what}: {a} → {b}");

    private static string Verdict(ModelAnalysis? model) => model is null ? "absent" : model.Verdict is null ? "n/a" : VerdictResult.Label(model.Verdict.Verdict);

    private static string Number(ModelAnalysis? model)
        => model?.Verdict is VerdictResult v ? v.Value.ToString("G4", CultureInfo.InvariantCulture) : "—";
}
