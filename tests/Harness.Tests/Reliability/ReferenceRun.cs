using System.Diagnostics;

namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// The reduced plan the reliability tests crash, corrupt and race — C1 and C2 on the smoke profile,
/// 46 units, about 2 s — and its uninterrupted output, computed once per test run and shared.
/// </summary>
internal static class ReferenceRun
{
    private static readonly Lazy<Task<(FolderSnapshot Output, TimeSpan Duration)>> Clean = new(RunCleanAsync);

    /// <summary>`repro run` of the plan into <paramref name="output"/> (relative to the working directory or absolute).</summary>
    public static string[] Arguments(string output, int jobs = 2)
        => ["run", "--claims", "C1,C2", "--profile", "smoke", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output];

    /// <summary>The out folder of an uninterrupted run (store, results, manifest).</summary>
    public static async Task<FolderSnapshot> OutputAsync() => (await Clean.Value).Output;

    /// <summary>How long the uninterrupted run took, start-up included.</summary>
    public static async Task<TimeSpan> DurationAsync() => (await Clean.Value).Duration;

    /// <summary>
    /// Runs the plan in a fresh working folder. Every child works outside any git checkout, so the
    /// manifests' git fields are this build's commit everywhere and can be compared byte for byte.
    /// </summary>
    public static async Task<ReproProcess.Completed> RunAsync(TempDirectory trial, int jobs = 2, IReadOnlyDictionary<string, string>? environment = null)
        => await ReproProcess.RunAsync(trial.Path, Arguments("out", jobs), environment);

    private static async Task<(FolderSnapshot, TimeSpan)> RunCleanAsync()
    {
        using var temp = new TempDirectory();
        var clock = Stopwatch.StartNew();
        ReproProcess.Completed run = await RunAsync(temp);
        TimeSpan duration = clock.Elapsed;
        Assert.True(run.Code == ExitCodes.Ok, $"the reference run failed with {run.Code}: {run.Stderr}");
        return (FolderSnapshot.Take(temp.Combine("out")), duration);
    }
}
