using Repro.Theory.Claims;
using Repro.Harness.Experiments;
using Repro.Harness.Tests.Runs;

namespace Repro.Harness.Tests.Report;

/// <summary>
/// One smoke run of every claim, shared by the report tests. Tests never write into it: each
/// copies results/ and manifest.json into its own folder (<see cref="CopyTo"/>).
/// </summary>
public sealed class SmokeRunFixture : IDisposable
{
    private readonly TempDirectory run = new();

    public SmokeRunFixture()
    {
        (ExitCode, _, _) = HarnessRun.Run(run.Path, ClaimRegistry.All.Select(c => c.Id));
    }

    public int ExitCode { get; }

    public string Folder => run.Path;

    /// <summary>A fresh folder with the run's results/ and manifest.json (no store: the report does not read it).</summary>
    internal TempDirectory CopyTo()
    {
        var copy = new TempDirectory();
        Directory.CreateDirectory(copy.Combine("results"));
        foreach (string file in Directory.EnumerateFiles(Path.Combine(run.Path, "results")))
            File.Copy(file, copy.Combine("results", Path.GetFileName(file)));
        File.Copy(Path.Combine(run.Path, "manifest.json"), copy.Combine("manifest.json"));
        return copy;
    }

    public void Dispose() => run.Dispose();
}
