using Repro.Harness.Tests.Runs;

namespace Repro.Harness.Tests.Verify;

/// <summary>The manifest-cases corpus: each bad manifest → exit 2, one stderr line naming the problem, nothing written.</summary>
public class BadManifestTests
{
    private static readonly string CaseFolder = Path.Combine(AppContext.BaseDirectory, "Verify", "manifest-cases");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string line in File.ReadAllLines(Path.Combine(CaseFolder, "cases.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            string[] cells = line.Split('\t');
            data.Add(cells[0], cells[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void VerifyRejectsTheManifestWithOneLineAndExit2(string file, string named)
    {
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(CaseFolder, file), temp.Combine("manifest.json"));
        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["verify", "--against", "manifest.json", "--scratch", "scratch"]);
        AssertRejected(temp, code, stderr, named);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DiffRejectsTheManifestToo(string file, string named)
    {
        if (file is "missing-file.json" or "path-escapes.json") return; // diff reads results files, not every listed file
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(CaseFolder, file), temp.Combine("manifest.json"));
        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["diff", "manifest.json", "manifest.json"]);
        AssertRejected(temp, code, stderr, named);
    }

    [Fact]
    public void AManifestThatDoesNotExistIsBadInput()
    {
        using var temp = new TempDirectory();
        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["verify", "--against", "nowhere/manifest.json"]);
        Assert.Equal(2, code);
        Assert.Contains("manifest", stderr);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void AFolderWithoutAManifestIsBadInputSaidInThoseWords()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("run"));
        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["verify", "--against", "run"]);
        Assert.Equal(2, code);
        Assert.Equal(["repro: --against: 'run' is a folder with no manifest.json (give a run folder or its manifest.json)"],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void ARunFolderNamesItsManifest()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("manifest.json"), "{}");
        Assert.Equal(temp.Combine("manifest.json"), Harness.Verify.ManifestLocation.Resolve("--against", temp.Path));
        Assert.Equal(temp.Combine("elsewhere.json"), Harness.Verify.ManifestLocation.Resolve("--against", temp.Combine("elsewhere.json")));
    }

    private static void AssertRejected(TempDirectory temp, int code, string stderr, string named)
    {
        Assert.Equal(2, code);
        string[] lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(named, lines[0]);
        Assert.Equal(["manifest.json"], temp.Files());
    }
}
