using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Harness.Cli;
using Repro.Harness.Execution;
using Repro.Harness.Experiments;
using Repro.Harness.Shards;

namespace Repro.Harness.Tests.Verify;

/// <summary>
/// One reduced smoke run (C1, C2, C3, C5 on v2: fixed plans and bisection searches, ~3 s), made
/// once and shared by the verify and shard tests, which copy it before changing anything.
/// </summary>
public sealed class SmallRun : IDisposable
{
    public static readonly string[] ClaimIds = ["C1", "C2", "C3", "C5"];

    /// <summary>The SOURCE_DATE_EPOCH the report of <see cref="ReportedFolder"/> is rendered with.</summary>
    public const string ReportEpoch = "1700000000";

    private readonly TempDirectory temp = new();
    private readonly Lazy<string> reported;

    public SmallRun()
    {
        Folder = temp.Combine("one-machine");
        ExitCode = Run(Folder, shard: null).Code;
        reported = new(() =>
        {
            string folder = CopyTo(temp.Combine("reported"));
            Assert.Equal(ExitCodes.Ok, ReportWorkflow.Run(folder, ReportEpoch, new StringWriter()));
            return folder;
        });
    }

    /// <summary>The output folder of the one-machine run (read only for tests).</summary>
    public string Folder { get; }

    /// <summary>A copy of the run with its report rendered (read only for tests; made on first use).</summary>
    public string ReportedFolder => reported.Value;

    public int ExitCode { get; }

    /// <summary>Runs the reduced plan (optionally one shard of it) into <paramref name="folder"/>.</summary>
    internal static (int Code, RunTally Tally, string Output) Run(string folder, ShardSpec? shard)
    {
        List<ClaimTest> claims = [.. ClaimRegistry.All.Where(c => ClaimIds.Contains(c.Id))];
        var settings = new RunSettings(claims, new ExperimentScope(Profile.Smoke, ["v2"]), Jobs: 2, folder, Verbose: false, shard);
        var output = new StringWriter();
        RunTally tally = null!;
        int code = RunWorkflow.Run(settings, output, new StringWriter(), NullProgress.Instance, CancellationToken.None, t => tally = t);
        return (code, tally, output.ToString());
    }

    /// <summary>A copy of the run's folder (or of <paramref name="source"/>) under <paramref name="destination"/>, to alter.</summary>
    public string CopyTo(string destination, string? source = null)
    {
        source ??= Folder;
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return destination;
    }

    public void Dispose() => temp.Dispose();
}
