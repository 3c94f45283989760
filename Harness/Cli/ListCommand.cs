using Repro.Theory.Experiments;
using System.CommandLine;
using System.Globalization;
using Repro.Harness.Experiments;
using Repro.Harness.Store;
using Repro.Theory.Claims;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Cli;

/// <summary>`repro list`: the claims, and per profile the units and estimated CPU time, before anything runs.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the claims and, per profile, the number of units and the estimated CPU time.");
        var outOption = new Option<string>("--out")
        {
            Description = "Artifacts folder whose store calibrates the expected time from the step counts it measured (default: artifacts).",
            DefaultValueFactory = _ => "artifacts",
        };
        command.Options.Add(outOption);
        command.SetAction(parse => CommandRunner.Guarded(false, () =>
        {
            Print(Console.Out);
            PrintExpected(Console.Out, Path.Combine(parse.GetValue(outOption)!, "store"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The expected CPU time per profile, from the steps the training runs of the review plan took in
    /// <paramref name="storeRoot"/> (<see cref="MeasuredStepShare"/>); nothing when the store holds none of them.
    /// </summary>
    public static void PrintExpected(TextWriter output, string storeRoot)
    {
        if (!Directory.Exists(storeRoot)) return;
        var store = new ResultStore(storeRoot);
        var review = ExperimentScope.For(Profile.Review);
        var rows = new List<string>();
        var totals = new double[ProfileNames.All.Count];
        foreach (ClaimTest claim in ClaimRegistry.All)
        {
            // A claim planned in rounds (C3) has no fixed plan to enumerate: it stays at its upper bound.
            MeasuredStepShare share = claim is FixedPlanClaim fixedPlan ? MeasuredStepShare.Of(fixedPlan.Plan(review), unit => Stored(store, unit)) : MeasuredStepShare.None;
            var cells = new List<string>();
            for (int p = 0; p < ProfileNames.All.Count; p++)
            {
                var scope = ExperimentScope.For((Profile)p);
                double seconds = claim is FixedPlanClaim f ? share.Expected(f.Plan(scope)) : claim.Estimate(scope).CpuSeconds;
                totals[p] += seconds;
                cells.Add(Duration(seconds));
            }
            string basis = share.Runs == 0 ? "upper bound (no runs measured)"
                : string.Create(CultureInfo.InvariantCulture, $"{share.Runs} runs: {share.CensoredWeight:P0} at τ_max, the rest {share.ConvergedSteps / Math.Max(1e-300, 1 - share.CensoredWeight):F0} steps on average");
            rows.Add($"  {claim.Id,-6}{string.Join("", cells.Select(c => $"{c,24}"))}   {basis}");
        }
        if (rows.All(r => r.EndsWith("(no runs measured)", StringComparison.Ordinal))) return;
        output.WriteLine();
        output.WriteLine($"Expected CPU time (single core) from the review plan's runs in {storeRoot}: runs that reached ε are charged the steps they took, runs that hit τ_max their whole budget:");
        rows.ForEach(output.WriteLine);
        output.WriteLine($"  {"total",-6}{string.Join("", totals.Select(t => $"{Duration(t),24}"))}");
    }

    private static TrainingOutcome? Stored(ResultStore store, TrainingUnit unit)
        => store.TryLoad(UnitJson.KeyOf(unit)) is { IsFound: true } found ? CanonicalJson.FromNode<TrainingOutcome>(found.Entry.Result) : null;

    public static void Print(TextWriter output)
    {
        output.WriteLine("Claims (arXiv:2402.12241):");
        foreach (Claim claim in ClaimRegistry.Claims)
            output.WriteLine($"  {claim.Id}  {claim.Title}  [{string.Join(", ", claim.Checks).ToLowerInvariant()}]");
        output.WriteLine();
        output.WriteLine("Plan per profile (both models; searches counted at their most probes; CPU time is a single-core upper bound: every run to τ_max, while most stop at ε long before):");
        output.WriteLine($"  {"claim",-6}{string.Join("", ProfileNames.All.Select(p => $"{p,24}"))}");
        var totals = new double[ProfileNames.All.Count];
        var totalUnits = new int[ProfileNames.All.Count];
        foreach (ClaimTest claim in ClaimRegistry.All)
        {
            var cells = new List<string>();
            for (int p = 0; p < ProfileNames.All.Count; p++)
            {
                PlanEstimate estimate = claim.Estimate(ExperimentScope.For((Profile)p));
                totals[p] += estimate.CpuSeconds;
                totalUnits[p] += estimate.Units;
                cells.Add($"{estimate.Units,7} units {Duration(estimate.CpuSeconds),9}");
            }
            output.WriteLine($"  {claim.Id,-6}{string.Join("", cells.Select(c => $"{c,24}"))}");
        }
        output.WriteLine($"  {"total",-6}{string.Join("", totals.Select((t, p) => $"{$"{totalUnits[p],7} units {Duration(t),9}",24}"))}");
    }

    private static string Duration(double seconds) => seconds switch
    {
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds:F0} s"),
        < 7200 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:F0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:F1} h"),
    };
}
