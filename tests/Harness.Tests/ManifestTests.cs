using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Tests;

public class ManifestTests
{
    private static readonly EnvironmentInfo Machine = new(".NET 10.0.0", "Linux test", "x64", "Test CPU", 2);
    private static readonly GitInfo Clean = new(new string('c', 40), GitTreeState.Clean, null);
    private static readonly string KeyA = new('a', 64);
    private static readonly string KeyB = new('b', 64);

    [Fact]
    public void SameInputsGiveIdenticalBytes()
    {
        using var dir = WithOutputs();
        Manifest first = ManifestBuilder.Build("smoke", [KeyB, KeyA, KeyB], dir.Path, ["results/c1.csv", "report.pdf"], Clean, Machine);
        Manifest second = ManifestBuilder.Build("smoke", [KeyA, KeyB], dir.Path, ["report.pdf", "results\\c1.csv"], Clean, Machine);

        Assert.Equal(first.ToBytes(), second.ToBytes());
        Assert.Equal([KeyA, KeyB], first.UnitKeys);
        Assert.Equal(["report.pdf", "results/c1.csv"], first.Outputs.Select(o => o.Path));
    }

    [Fact]
    public void ProbedManifestsOfTheSameRunAreIdenticalAndNameTheBuildsCommitOutsideGit()
    {
        using var dir = WithOutputs();
        Manifest first = ManifestBuilder.Build("smoke", [KeyA], dir.Path, ["report.pdf"], dir.Path);
        Manifest second = ManifestBuilder.Build("smoke", [KeyA], dir.Path, ["report.pdf"], dir.Path);

        Assert.Equal(first.ToBytes(), second.ToBytes());
        Assert.Equal(BuildCommit.Current is { } build ? new GitInfo(build.Commit, build.Tree, null) : GitInfo.Unknown, first.Git);
        Assert.Equal(Environment.ProcessorCount, first.Environment.LogicalCores);
        Assert.Equal(ManifestBuilder.ToolVersion, first.ToolVersion);
    }

    [Fact]
    public void OutputHashesAreTheFilesSha256()
    {
        using var dir = WithOutputs();
        Manifest manifest = ManifestBuilder.Build("smoke", [], dir.Path, ["results/c1.csv", "report.pdf"], Clean, Machine);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("%PDF-fake"u8)), manifest.Outputs[0].Sha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("m,loss\n8,0.5\n"u8)), manifest.Outputs[1].Sha256);
    }

    [Fact]
    public void FileIsIndentedCanonicalJsonWithTheDocumentedFields()
    {
        using var dir = WithOutputs();
        Manifest manifest = ManifestBuilder.Build("review", [KeyA], dir.Path, ["report.pdf"], Clean, Machine);
        string text = Encoding.UTF8.GetString(manifest.ToBytes());

        Assert.StartsWith("{\n  \"environment\": {\n    \"architecture\": \"x64\",", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"formatVersion\": 1,\n", text, StringComparison.Ordinal);
        Assert.Contains("\"tree\": \"clean\"", text, StringComparison.Ordinal);
        Assert.Contains("\"diffSha256\": null", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Equal(ContentHash.Sha256Hex(manifest.ToBytes()), manifest.Sha256());
    }

    [Fact]
    public void SaveAndLoadRoundTrip()
    {
        using var dir = WithOutputs();
        var dirty = new GitInfo(new string('d', 40), GitTreeState.Dirty, new string('e', 64));
        Manifest manifest = ManifestBuilder.Build("full", [KeyA, KeyB], dir.Path, ["results/c1.csv"], dirty, Machine);
        string path = dir.Combine(Manifest.FileName);

        manifest.Save(path);
        Manifest loaded = Manifest.Load(path);

        Assert.Equal(manifest.ToBytes(), File.ReadAllBytes(path));
        Assert.Equal(manifest.ToBytes(), loaded.ToBytes());
        Assert.Equal(dirty, loaded.Git);
        Assert.Equal(Machine, loaded.Environment);
    }

    [Fact]
    public void LoadRejectsNonJson()
    {
        using var dir = new TempDirectory();
        string path = dir.Combine("manifest.json");
        File.WriteAllText(path, "{ not json");

        var error = Assert.Throws<ManifestFormatException>(() => Manifest.Load(path));
        Assert.Equal("manifest", error.Field);
        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.IsType<UsageException>(error, exactMatch: false);
    }

    [Theory]
    [InlineData("profile", "profile")]
    [InlineData("formatVersion", "formatVersion")]
    [InlineData("git.commit", "git.commit")]
    [InlineData("environment.logicalCores", "environment.logicalCores")]
    [InlineData("outputs.0.sha256", "outputs[0].sha256")]
    public void LoadNamesAMissingField(string remove, string field)
    {
        using var dir = WithOutputs();
        string path = SavedWith(dir, root => Parent(root, remove).AsObject().Remove(remove.Split('.')[^1]));

        var error = Assert.Throws<ManifestFormatException>(() => Manifest.Load(path));
        Assert.Equal(field, error.Field);
        Assert.StartsWith($"{field}: missing field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadRejectsAFutureFormatVersion()
    {
        using var dir = WithOutputs();
        string path = SavedWith(dir, root => root["formatVersion"] = 2);

        var error = Assert.Throws<ManifestFormatException>(() => Manifest.Load(path));
        Assert.Equal("formatVersion", error.Field);
        Assert.Contains("2 is newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadNamesAnIllTypedField()
    {
        using var dir = WithOutputs();
        string path = SavedWith(dir, root => root["unitKeys"]![0] = "not-a-key");

        var error = Assert.Throws<ManifestFormatException>(() => Manifest.Load(path));
        Assert.Equal("unitKeys[0]", error.Field);
    }

    [Fact]
    public void OutputPathsMustStayInsideTheManifestDirectory()
    {
        using var dir = WithOutputs();
        Assert.Throws<ArgumentException>(() => ManifestBuilder.Build("smoke", [], dir.Path, ["../outside.txt"], Clean, Machine));
        Assert.Throws<ArgumentException>(() => ManifestBuilder.Build("smoke", [], dir.Path, ["/etc/passwd"], Clean, Machine));
    }

    [Fact]
    public void GitProbeReportsCommitCleanAndDirty()
    {
        using var repo = new TempDirectory();
        Git(repo, "init", "-q");
        File.WriteAllText(repo.Combine("a.txt"), "one\n");
        Git(repo, "add", "a.txt");
        Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "init");
        string head = Git(repo, "rev-parse", "HEAD").Trim();

        GitInfo clean = GitProbe.Describe(repo.Path);
        File.WriteAllText(repo.Combine("a.txt"), "two\n");
        GitInfo dirty = GitProbe.Describe(repo.Path);

        Assert.Equal(new GitInfo(head, GitTreeState.Clean, null), clean);
        Assert.Equal(head, dirty.Commit);
        Assert.Equal(GitTreeState.Dirty, dirty.Tree);
        Assert.Equal(ContentHash.Sha256Hex(Encoding.UTF8.GetBytes(Git(repo, "diff", "HEAD", "--no-color", "--no-ext-diff", "--binary"))), dirty.DiffSha256);
        Assert.Equal(GitInfo.Unknown, GitProbe.Describe(repo.Combine("missing")));
    }

    [Fact]
    public void CpuModelIsTheFirstModelNameLine()
    {
        const string cpuInfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 9R14 96-Core Processor\nmodel\t\t: 17\n";
        Assert.Equal("AMD EPYC 9R14 96-Core Processor", EnvironmentProbe.ParseCpuModel(cpuInfo));
        Assert.Null(EnvironmentProbe.ParseCpuModel("processor\t: 0\n"));
    }

    private static TempDirectory WithOutputs()
    {
        var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("results"));
        File.WriteAllText(dir.Combine("results", "c1.csv"), "m,loss\n8,0.5\n");
        File.WriteAllText(dir.Combine("report.pdf"), "%PDF-fake");
        return dir;
    }

    /// <summary>Saves a valid manifest, lets <paramref name="edit"/> damage its JSON, writes it back.</summary>
    private static string SavedWith(TempDirectory dir, Action<JsonObject> edit)
    {
        string path = dir.Combine(Manifest.FileName);
        ManifestBuilder.Build("smoke", [KeyA], dir.Path, ["report.pdf"], Clean, Machine).Save(path);
        var root = CanonicalJson.Parse(File.ReadAllBytes(path))!.AsObject();
        edit(root);
        File.WriteAllBytes(path, CanonicalJson.ToFileBytes(root));
        return path;
    }

    private static JsonNode Parent(JsonObject root, string dottedPath)
    {
        JsonNode node = root;
        foreach (string part in dottedPath.Split('.')[..^1])
            node = int.TryParse(part, out int index) ? node[index]! : node[part]!;
        return node;
    }

    internal static string Git(TempDirectory repo, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo.Path };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
