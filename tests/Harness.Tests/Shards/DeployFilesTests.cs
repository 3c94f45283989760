using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Repro.Harness.Tests.Shards;

/// <summary>
/// The GitHub workflow and the Slurm script: the YAML parses, and every `repro …` line in them is
/// run through bash with `--help` appended — so each subcommand and option they use exists.
/// </summary>
public partial class DeployFilesTests
{
    /// <summary>Subcommands another branch adds; tolerated only while this build does not know them.</summary>
    private static readonly string[] Pending = ["report"];

    /// <summary>The repository checkout the tests were built from.</summary>
    internal static readonly string Root = FindRoot();

    [Fact]
    public void TheWorkflowParsesAndHasShardMergeAndVerifySteps()
    {
        YamlMappingNode jobs = (YamlMappingNode)Workflow()["jobs"];
        Assert.Equal(["shard", "merge"], jobs.Children.Keys.Select(k => k.ToString()));
        string all = string.Join('\n', WorkflowScripts());
        foreach (string expected in new[] { "--shard", "repro merge", "repro report", "repro verify --against", "--sample", "GITHUB_STEP_SUMMARY" })
            Assert.Contains(expected, all);
        Assert.Equal("shard", ((YamlScalarNode)((YamlMappingNode)jobs["merge"])["needs"]).Value);
    }

    [Fact]
    public void EveryReproCommandInTheWorkflowIsValid() => AssertCommandsValid(WorkflowScripts());

    [Fact]
    public void EveryReproCommandInTheSlurmScriptIsValid()
    {
        string script = File.ReadAllText(Path.Combine(Root, "deploy", "slurm", "reproduce.sbatch"));
        Assert.Contains("--array=", script);
        Assert.Contains("--dependency=\"afterok:", script);
        AssertCommandsValid([script]);
    }

    private static YamlMappingNode Workflow()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, ".github", "workflows", "reproduce.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    /// <summary>The `run:` script of every step, with ${{ … }} expressions replaced by "1".</summary>
    internal static List<string> WorkflowScripts()
        => [.. ((YamlMappingNode)Workflow()["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => Expression().Replace(((YamlScalarNode)step["run"]).Value!, "1"))];

    private static void AssertCommandsValid(IEnumerable<string> scripts)
    {
        List<string> lines = [.. scripts.SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => !l.StartsWith('#') && ReproCall().IsMatch(l))];
        Assert.NotEmpty(lines);
        foreach (string line in lines)
        {
            string subcommand = ReproCall().Match(line).Groups[1].Value;
            (int code, string output) = Bash(line);
            if (Pending.Contains(subcommand) && output.Contains($"'{subcommand}'", StringComparison.Ordinal)) continue;
            Assert.True(code == 0, $"`{line}` with --help: exit {code}\n{output}");
            Assert.Contains("Usage:", output);
        }
    }

    /// <summary>
    /// Runs one script line in bash with `repro` defined as the built CLI plus --help (help to stderr,
    /// which the scripts never redirect), and typical variables set.
    /// </summary>
    private static (int Code, string Output) Bash(string line)
    {
        using var temp = new TempDirectory();
        string dll = Path.Combine(AppContext.BaseDirectory, "repro.dll");
        string prelude = $"repro() {{ dotnet '{dll}' \"$@\" --help 1>&2; }}; PROFILE=smoke; SHARDS=3; OUT=artifacts; k=2; SLURM_ARRAY_TASK_ID=2; SLURM_CPUS_PER_TASK=2; ";
        (int code, string stdout, string stderr) = ProcessRun.Run("bash", temp.Path, ["-c", prelude + line]);
        return (code, stdout + stderr);
    }

    private static string FindRoot()
    {
        for (string? folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "Repro.sln"))) return folder;
        throw new InvalidOperationException("Repro.sln not found above the test binaries");
    }

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"(?:^|[\s;&|(])repro\s+([a-z]+)\b")]
    private static partial Regex ReproCall();
}
