using Repro.Harness.Cli;
using Repro.Harness.Execution;
using Repro.Harness.Tests.Runs;
using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Tests.Claims;

/// <summary>docs/ADDING-A-CLAIM.md's promise: one claim file plus one registry line, and the harness plans, runs, records and writes it.</summary>
public class AddingAClaimTests
{
    [Fact]
    public void OneFileAndOneRegistryLineGiveARunRecordedClaim()
    {
        using var folder = new TempDirectory();
        IReadOnlyList<ClaimTest> registry = [.. ClaimRegistry.All, new C8WidthFreeZero()]; // the one registry line
        var settings = new RunSettings([registry.Single(c => c.Id == "C8")], new ExperimentScope(Profile.Smoke, ModelNames.All), Jobs: 2, folder.Path, Verbose: false);

        int code = RunWorkflow.Run(settings, new StringWriter(), new StringWriter(), NullProgress.Instance, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        string result = File.ReadAllText(Path.Combine(folder.Path, "results", "C8.json"));
        Assert.Contains("\"verdict\": \"pass\"", result);
        // The base class recorded every unit the analysis read, per model: 3 widths × 2 models.
        string manifest = File.ReadAllText(Path.Combine(folder.Path, "manifest.json"));
        foreach (IUnit unit in new C8WidthFreeZero().Pending(settings.Scope, new Repro.Harness.Experiments.ResultBook()))
            Assert.Contains(Repro.Harness.Experiments.UnitJson.KeyOf(unit), manifest);
        Assert.Equal(6, new C8WidthFreeZero().Estimate(settings.Scope).Units);
    }
}
