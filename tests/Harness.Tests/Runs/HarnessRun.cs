using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Harness.Cli;
using Repro.Harness.Execution;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Tests.Runs;

/// <summary>Runs the harness in-process on a temp folder and reads back what it wrote.</summary>
internal static class HarnessRun
{
    public static (int ExitCode, RunTally Tally, string Output) Run(string outputDirectory, IEnumerable<string> claimIds,
        Profile profile = Profile.Smoke, int jobs = 2, IReadOnlyList<string>? models = null, IProgressSink? progress = null,
        CancellationToken cancellation = default)
    {
        List<ClaimTest> claims = ClaimRegistry.All.Where(c => claimIds.Contains(c.Id)).ToList();
        var settings = new RunSettings(claims, new ExperimentScope(profile, models ?? ModelNames.All), jobs, outputDirectory, Verbose: false);
        var output = new StringWriter();
        RunTally tally = null!;
        int code = RunWorkflow.Run(settings, output, new StringWriter(), progress ?? NullProgress.Instance, cancellation, t => tally = t);
        return (code, tally, output.ToString());
    }

    /// <summary>Every file under the folder (relative path → bytes), sorted.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        return files;
    }

    public static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach ((string path, byte[] bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }
}
