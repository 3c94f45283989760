using Repro.Harness.Store;
using Repro.Harness.Tests.Runs;
using Repro.Harness.Verify;

namespace Repro.Harness.Tests.Verify;

/// <summary>`repro diff`: a run against itself is unchanged; against a smaller run it shows what went.</summary>
[Collection(SmallRunCollection.Name)]
public class DiffTests(SmallRun run)
{
    [Fact]
    public void ARunComparedWithItselfIsUnchangedEverywhere()
    {
        string manifest = Path.Combine(run.Folder, Manifest.FileName);
        string text = Diff(manifest, manifest);
        Assert.Equal(SmallRun.ClaimIds.Length, text.Split('\n').Count(l => l.EndsWith("(unchanged)", StringComparison.Ordinal)));
        Assert.Contains("output files: identical", text);
    }

    [Fact]
    public void DroppingAClaimShowsItsVerdictAndUnitsAsRemoved()
    {
        using var temp = new TempDirectory();
        string smaller = run.CopyTo(temp.Combine("smaller"));
        foreach (string file in Directory.GetFiles(Path.Combine(smaller, "results"))) File.Delete(file);
        (int code, _, _) = HarnessRun.Run(smaller, ["C1", "C2"], models: ["v2"]);
        Assert.Equal(ExitCodes.Ok, code);

        Manifest before = Manifest.Load(Path.Combine(run.Folder, Manifest.FileName));
        Manifest after = Manifest.Load(Path.Combine(smaller, Manifest.FileName));
        string text = Diff(Path.Combine(run.Folder, Manifest.FileName), Path.Combine(smaller, Manifest.FileName));
        Assert.Matches(@"C3\s+v2\s+\S+ → absent", text);
        Assert.Matches(@"C1\s+v2\s+PASS → PASS .*\+0 −0  \(unchanged\)", text);
        Assert.Contains($"unit keys: {before.UnitKeys.Count} → {after.UnitKeys.Count} (+0 added, −{before.UnitKeys.Count - after.UnitKeys.Count} removed)", text);
        Assert.Contains("results/C3.json", text);
    }

    private static string Diff(string a, string b)
    {
        var output = new StringWriter();
        ManifestDiff.Write(output, a, b);
        return output.ToString();
    }
}
