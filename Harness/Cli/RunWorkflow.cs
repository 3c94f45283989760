using Repro.Theory.Experiments;
using System.Diagnostics;
using Repro.Harness.Execution;
using Repro.Harness.Experiments;
using Repro.Harness.Results;
using Repro.Harness.Store;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Cli;

/// <summary>
/// `run`: executes the claims' plans against the store, analyses them, writes results and the
/// manifest, and prints the verdict table. Returns the exit code.
/// </summary>
internal static class RunWorkflow
{
    public static int Run(RunSettings settings, TextWriter output, TextWriter errors, IProgressSink progress, CancellationToken cancellation,
        Action<RunTally>? afterRun = null)
    {
        if (settings.Shard is not null) return ShardRunWorkflow.Run(settings, output, errors, progress, cancellation, afterRun);
        string profile = ProfileNames.Name(settings.Scope.Profile);
        GitInfo git = BuildCommit.Provenance(RepositoryLocator.Find(), BuildCommit.Current);
        EnvironmentInfo machine = EnvironmentProbe.Describe();
        EarlierResults earlier = EarlierResults.Find(settings.OutputDirectory, [.. settings.Claims.Select(c => c.Id)], profile, git, ManifestBuilder.ToolVersion, machine);
        string storeRoot = Path.Combine(settings.OutputDirectory, "store");
        var store = new ResultStore(storeRoot);
        SweepStaleTempFiles(settings.OutputDirectory, store);
        var book = new ResultBook();
        var clock = Stopwatch.StartNew();
        output.WriteLine($"repro run: claims {string.Join(",", settings.Claims.Select(c => c.Id))}, models {string.Join(",", settings.Scope.Models)}, "
            + $"profile {profile}, {settings.Jobs} job(s), output {settings.OutputDirectory}");

        RunTally tally = RunAllRounds(progress, () => ExperimentRunner.Run(settings.Claims, settings.Scope, store, settings.Jobs, progress, book, cancellation));
        afterRun?.Invoke(tally);
        if (ReportProblems(tally, storeRoot, errors)) return ExitCodes.Interrupted;

        List<ClaimAnalysis> analyses = settings.Claims.Select(c => c.Analyse(settings.Scope, book)).ToList();
        IReadOnlyList<string> outputs = ResultsWriter.Write(settings.OutputDirectory, analyses);
        IEnumerable<string> unitKeys = analyses.SelectMany(a => a.Models).SelectMany(m => m.UnitKeys);
        Manifest manifest = ManifestBuilder.Build(profile, unitKeys.Concat(earlier.UnitKeys), settings.OutputDirectory, outputs.Concat(earlier.Outputs),
            git, machine);
        manifest.Save(Path.Combine(settings.OutputDirectory, Manifest.FileName));

        SummaryTable.Print(output, analyses);
        if (earlier.ClaimIds.Count > 0)
            output.WriteLine($"kept the earlier results of {string.Join(",", earlier.ClaimIds)} in this folder (same profile and build); the manifest lists them too");
        output.WriteLine();
        output.WriteLine($"{tally.Executed} unit(s) executed, {tally.Reused} reused from the store, {tally.Rounds} round(s), {clock.Elapsed.TotalSeconds:F1} s; "
            + $"results in {Path.Combine(settings.OutputDirectory, ResultsWriter.Folder)}");
        return SummaryTable.AnyFailed(analyses) ? ExitCodes.ClaimFailed : ExitCodes.Ok;
    }

    /// <summary>Runs every round under one progress display, ended however the rounds end.</summary>
    internal static RunTally RunAllRounds(IProgressSink progress, Func<RunTally> rounds)
    {
        try
        {
            return rounds();
        }
        finally
        {
            progress.Finish();
        }
    }

    /// <summary>Reports recomputed corrupt entries and an interruption; true when interrupted.</summary>
    internal static bool ReportProblems(RunTally tally, string storeRoot, TextWriter errors)
    {
        foreach (CorruptEntry corrupt in tally.Corrupt)
            errors.WriteLine($"repro: store entry {corrupt.Key} ({corrupt.Label}) was corrupt ({corrupt.Reason}); recomputed");
        if (!tally.Interrupted) return false;
        errors.WriteLine($"repro: interrupted; {tally.Executed} unit(s) finished in this run are kept in {storeRoot}. Run the same command again to resume.");
        return true;
    }

    /// <summary>A killed run's or report's debris: temp files in the store, in results/, beside the manifest and in the report's folders (not deeper, so `--out ~` stays cheap).</summary>
    private static void SweepStaleTempFiles(string outputDirectory, ResultStore store)
    {
        TimeSpan staleAfter = TimeSpan.FromMinutes(10);
        store.SweepStaleTempFiles(staleAfter);
        AtomicFile.SweepStaleTempFiles(Path.Combine(outputDirectory, ResultsWriter.Folder), staleAfter, recursive: false);
        ReportFolder.SweepStaleTempFiles(outputDirectory);
    }
}
