using System.ComponentModel;
using System.Text.RegularExpressions;

namespace Repro.Harness.Tests.Shards;

/// <summary>
/// .github/workflows/reproduce.yml against GitHub's workflow schema, with the validator pinned in
/// tools/workflow-validator (npm ci, then action-validator), and its shell steps against the README:
/// every `make` target the workflow calls is one the README names and the Makefile defines.
/// </summary>
public partial class WorkflowSchemaTests
{
    private static readonly string Root = DeployFilesTests.Root;
    private static readonly string Workflow = Path.Combine(Root, ".github", "workflows", "reproduce.yml");
    private static readonly string ToolFolder = Path.Combine(Root, "tools", "workflow-validator");

    [Fact]
    public void TheWorkflowIsValidAgainstTheWorkflowSchema()
    {
        (int code, string output) = Validate(Workflow);
        Assert.True(code == 0, $"action-validator rejects {Workflow}:\n{output}");
    }

    [Fact]
    public void TheValidatorRejectsAWorkflowWithAnUnknownKey()
    {
        using var temp = new TempDirectory();
        string broken = temp.Combine("broken.yml");
        File.WriteAllText(broken, File.ReadAllText(Workflow).Replace("runs-on:", "runs_on:", StringComparison.Ordinal));
        (int code, string output) = Validate(broken);
        Assert.NotEqual(0, code);
        Assert.Contains("runs_on", output);
    }

    [Fact]
    public void EveryMakeTargetInTheWorkflowIsNamedInTheReadmeAndDefined()
    {
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        string makefile = File.ReadAllText(Path.Combine(Root, "Makefile"));
        List<string> targets = [.. DeployFilesTests.WorkflowScripts().SelectMany(s => MakeCall().Matches(s)).Select(m => m.Groups[1].Value).Distinct()];
        Assert.NotEmpty(targets);
        foreach (string target in targets)
        {
            Assert.True(readme.Contains($"`make {target}", StringComparison.Ordinal), $"the workflow runs `make {target}`, which README.md does not name");
            Assert.Matches(new Regex($"^{Regex.Escape(target)}:", RegexOptions.Multiline), makefile);
        }
    }

    /// <summary>Installs the pinned validator (npm ci) once per test run, then validates one file.</summary>
    private static (int Code, string Output) Validate(string file)
    {
        Installed.Value.Wait();
        string cli = Path.Combine(ToolFolder, "node_modules", "@action-validator", "cli", "cli.mjs");
        (int code, string stdout, string stderr) = Start("node", Root, [cli, file]);
        return (code, stdout + stderr);
    }

    private static readonly Lazy<Task> Installed = new(() => Task.Run(() =>
    {
        (int code, string stdout, string stderr) = Start("npm", ToolFolder, ["ci", "--no-audit", "--no-fund", "--prefer-offline"]);
        if (code != 0) throw new InvalidOperationException($"npm ci in {ToolFolder} failed (exit {code}):\n{stdout}{stderr}");
    }));

    private static (int Code, string Stdout, string Stderr) Start(string program, string folder, string[] arguments)
    {
        try
        {
            return ProcessRun.Run(program, folder, arguments);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"`{program}` is needed to validate the workflow: install Node.js 20 and npm (apt-get install nodejs npm). {e.Message}", e);
        }
    }

    [GeneratedRegex(@"(?:^|[\s;&|(])make\s+([A-Za-z][\w-]*)")]
    private static partial Regex MakeCall();
}
