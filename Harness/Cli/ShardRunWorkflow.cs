using Repro.Theory.Experiments;
using System.Diagnostics;
using System.Globalization;
using Repro.Harness.Execution;
using Repro.Harness.Experiments;
using Repro.Harness.Shards;
using Repro.Harness.Store;

namespace Repro.Harness.Cli;

/// <summary>
/// `run --shard k/N`: runs this shard's chains into DIR/store and stops — no analysis, results or
/// manifest, because those need every shard. `repro merge` then a plain `repro run` finish the job.
/// </summary>
internal static class ShardRunWorkflow
{
    public static int Run(RunSettings settings, TextWriter output, TextWriter errors, IProgressSink progress, CancellationToken cancellation,
        Action<RunTally>? afterRun)
    {
        ShardSpec shard = settings.Shard ?? throw new ArgumentException("not a shard run", nameof(settings));
        string storeRoot = Path.Combine(settings.OutputDirectory, "store");
        var store = new ResultStore(storeRoot);
        store.SweepStaleTempFiles(TimeSpan.FromMinutes(10));
        var clock = Stopwatch.StartNew();

        ShardPlan plan = ShardPlan.Build(settings.Claims, settings.Scope, shard);
        int mine = shard.Index - 1;
        output.WriteLine($"repro run --shard {shard}: claims {string.Join(",", settings.Claims.Select(c => c.Id))}, models {string.Join(",", settings.Scope.Models)}, "
            + $"profile {ProfileNames.Name(settings.Scope.Profile)}, {settings.Jobs} job(s), store {storeRoot}");
        string perShard = string.Join(", ", plan.Loads.Select(l => l.ToString("F1", CultureInfo.InvariantCulture)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"repro run --shard {shard}: {plan.ChainCounts[mine]} of {plan.ChainCounts.Sum()} chain(s), estimated {plan.Loads[mine]:F1} of {plan.Loads.Sum():F1} CPU s (per shard: {perShard})"));

        RunTally tally = RunWorkflow.RunAllRounds(progress,
            () => ExperimentRunner.Run(settings.Claims, settings.Scope, store, settings.Jobs, progress, new ResultBook(), cancellation, plan.Includes));
        afterRun?.Invoke(tally);
        if (RunWorkflow.ReportProblems(tally, storeRoot, errors)) return ExitCodes.Interrupted;

        // CPU time of the whole process against the plan's estimate: how a reader checks `repro list` on this machine.
        double cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"repro run --shard {shard}: {tally.Executed} unit(s) executed, {tally.Reused} reused, {tally.Rounds} round(s), {clock.Elapsed.TotalSeconds:F1} s wall, {cpu:F1} CPU s (estimated {plan.Loads[mine]:F1})."));
        output.WriteLine("No results or manifest for a shard: `repro merge --out DIR <stores…>`, then `repro run --out DIR` with the same options.");
        return ExitCodes.Ok;
    }
}
