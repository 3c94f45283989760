namespace Repro.Harness.Tests.Shards;

/// <summary>
/// deploy/slurm/reproduce.sbatch with fake sbatch, sinfo and dotnet on the PATH (each records its
/// arguments): the request comes from CPUS/MEM/TIME/PARTITION, an impossible one is one line and
/// exit 2 before anything is queued, logs go under $OUT/logs, and `repro --jobs` follows the
/// allocation. The real cluster run is `make test-slurm`.
/// </summary>
public sealed class SlurmScriptTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _calls;

    public SlurmScriptTests()
    {
        _calls = _temp.Combine("calls.log");
        string bin = Directory.CreateDirectory(_temp.Combine("bin")).FullName;
        Fake(bin, "sbatch", """
            case " $* " in
              *" --test-only "*) [ -z "$FAKE_REFUSE" ] || { echo "allocation failure: $FAKE_REFUSE" >&2; exit 1; } ;;
              *) wc -l < "$FAKE_CALLS" ;;   # --parsable: a job id
            esac
            """);
        Fake(bin, "sinfo", """echo "debug* ${FAKE_TIME_LIMIT:-infinite}" """);
        Fake(bin, "dotnet", "");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheRequestComesFromTheEnvironmentAndLogsGoUnderOut()
    {
        (int code, _, string stderr) = Script(["submit"], ("CPUS", "2"), ("MEM", "1G"), ("TIME", "00:10:00"), ("PARTITION", "short"));
        Assert.True(code == 0, stderr);
        string[] submissions = Calls("sbatch").Where(c => !c.Contains("--test-only")).ToArray();
        Assert.Equal(2, submissions.Length);
        foreach (string submission in submissions)
            foreach (string expected in new[] { "--cpus-per-task=2", "--mem=1G", "--time=00:10:00", "--partition=short", "--output=out/logs/" })
                Assert.Contains(expected, submission);
        Assert.Contains("--array=1-3", submissions[0]);
        Assert.Contains("--dependency=afterok:", submissions[1]);
        Assert.Contains("--kill-on-invalid-dep=yes", submissions[1]);
        Assert.True(Directory.Exists(_temp.Combine("out", "logs")));
    }

    [Fact]
    public void TodaysValuesAreTheDefaults()
    {
        Assert.Equal(0, Script(["submit"]).Code);
        Assert.All(Calls("sbatch"), c => Assert.Contains("--cpus-per-task=8 --mem=4G --time=04:00:00", c));
        Assert.All(Calls("sbatch"), c => Assert.DoesNotContain("--partition", c));
    }

    [Fact]
    public void ARequestTheClusterCannotRunIsOneLineAndExit2()
    {
        (int code, _, string stderr) = Script(["submit"], ("FAKE_REFUSE", "Requested node configuration is not available"));
        Assert.Equal(2, code);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("CPUS=8 MEM=4G TIME=04:00:00", stderr);
        Assert.Contains("Requested node configuration is not available", stderr);
        Assert.All(Calls("sbatch"), c => Assert.Contains("--test-only", c));
        Assert.False(Directory.Exists(_temp.Combine("out")));
    }

    [Theory]
    [InlineData("1:00:00", "04:00:00", false)]
    [InlineData("1:00:00", "60", true)]
    [InlineData("1-00:00:00", "23:59:59", true)]
    [InlineData("2-00:00:00", "2-00:00:01", false)]
    [InlineData("30", "30:01", false)]
    [InlineData("infinite", "30-00:00:00", true)]
    public void ATimeAboveThePartitionLimitIsRefused(string limit, string time, bool accepted)
    {
        (int code, _, string stderr) = Script(["submit"], ("FAKE_TIME_LIMIT", limit), ("TIME", time));
        Assert.Equal(accepted ? 0 : 2, code);
        if (!accepted) Assert.Contains($"TIME is above the partition's limit {limit}", stderr);
    }

    [Fact]
    public void ShardAndMergeJobsRunReproWithOneThreadPerAllocatedCpu()
    {
        Assert.Equal(0, Script(["shard"], ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_CPUS_PER_TASK", "3")).Code);
        Assert.Equal(0, Script(["merge"], ("SLURM_CPUS_PER_TASK", "3")).Code);
        string[] repro = Calls("dotnet");
        Assert.Contains(repro, c => c.EndsWith("repro.dll run --profile review --shard 2/3 --jobs 3 --out out/shards/2", StringComparison.Ordinal));
        Assert.Contains(repro, c => c.EndsWith("repro.dll run --profile review --jobs 3 --out out", StringComparison.Ordinal));
        Assert.Contains(repro, c => c.EndsWith("repro.dll verify --against out/manifest.json --sample 20 --jobs 3", StringComparison.Ordinal));
    }

    private (int Code, string Stdout, string Stderr) Script(string[] arguments, params (string Name, string Value)[] variables)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = $"{_temp.Combine("bin")}:{Environment.GetEnvironmentVariable("PATH")}",
            ["FAKE_CALLS"] = _calls, ["OUT"] = "out", ["FAKE_REFUSE"] = "", ["FAKE_TIME_LIMIT"] = "",
        };
        foreach ((string name, string value) in variables) environment[name] = value;
        string script = Path.Combine(DeployFilesTests.Root, "deploy", "slurm", "reproduce.sbatch");
        return ProcessRun.Run("bash", _temp.Path, [script, .. arguments], environment);
    }

    /// <summary>The argument lines one fake tool was called with, in order.</summary>
    private string[] Calls(string tool)
        => [.. File.ReadAllLines(_calls).Where(l => l.StartsWith(tool + " ", StringComparison.Ordinal)).Select(l => l[(tool.Length + 1)..])];

    private void Fake(string bin, string name, string body)
    {
        string path = Path.Combine(bin, name);
        File.WriteAllText(path, $"#!/bin/bash\necho \"{name} $*\" >> \"$FAKE_CALLS\"\n{body}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
