using Repro.Theory.Experiments;
using System.CommandLine;
using System.Globalization;
using Repro.Harness.Shards;
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
            Description = "Artifacts folder whose store's training runs forecast the expected time (default: artifacts).",
            DefaultValueFactory = _ => "artifacts",
        };
        var shardOption = new Option<string?>("--shard") { Description = $"Also forecast shard k of N ({ShardSpec.AllowedForm}) of --profile, as `run --shard` would run it." };
        var profileOption = new Option<string>("--profile") { Description = "The profile of --shard: smoke, review or full (default).", DefaultValueFactory = _ => "full" };
        foreach (Option option in new Option[] { outOption, shardOption, profileOption }) command.Options.Add(option);
        command.SetAction(parse => CommandRunner.Guarded(false, () =>
        {
            string profileText = parse.GetValue(profileOption) ?? "full";
            if (!ProfileNames.TryParse(profileText, out Profile profile))
                throw new UsageException("--profile", $"'{profileText}' is not a profile (allowed: {string.Join(", ", ProfileNames.All)})");
            ShardSpec? shard = parse.GetValue(shardOption) is string shardText ? ShardSpec.Parse(shardText) : null;
            string storeRoot = Path.Combine(parse.GetValue(outOption)!, "store");
            Print(Console.Out);
            TwinSteps twins = new(Directory.Exists(storeRoot) ? StoredRuns.Load(new ResultStore(storeRoot)) : []);
            PrintExpected(Console.Out, storeRoot, twins);
            if (shard is not null) PrintShard(Console.Out, ExperimentScope.For(profile), shard, twins);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The expected CPU time per profile, each training run forecast from its twins among the store's measured runs
    /// (<see cref="TwinSteps"/>); nothing when the store holds no training run.
    /// </summary>
    public static void PrintExpected(TextWriter output, string storeRoot, TwinSteps twins)
    {
        if (twins.Runs == 0) return;
        output.WriteLine();
        output.WriteLine($"Expected CPU time (single core), forecast from the {twins.Runs} training runs in {storeRoot}: each run takes the steps of its twin "
            + "(the same run, else its setting's other seeds, else the nearest n, T, m with η·τ kept), the whole budget where the twin hit its own; "
            + "the basis is the full profile's runs (exact / same setting / nearest / unmeasured):");
        var totals = new double[ProfileNames.All.Count];
        foreach (ClaimTest claim in ClaimRegistry.All)
        {
            var cells = new List<string>();
            PlanForecast full = PlanForecast.Zero;
            for (int p = 0; p < ProfileNames.All.Count; p++)
            {
                var scope = ExperimentScope.For((Profile)p);
                PlanForecast forecast = claim is FixedPlanClaim fixedPlan ? twins.Expected(fixedPlan.Plan(scope)) : PlanForecast.Zero with { CpuSeconds = claim.Estimate(scope).CpuSeconds };
                if ((Profile)p == Profile.Full) full = forecast;
                totals[p] += forecast.CpuSeconds;
                cells.Add(Duration(forecast.CpuSeconds));
            }
            // A claim planned in rounds (C3) has no fixed plan to forecast: its own estimate.
            string basis = claim is FixedPlanClaim ? Basis(full) : "the claim's own estimate (planned in rounds)";
            output.WriteLine($"  {claim.Id,-6}{string.Join("", cells.Select(c => $"{c,24}"))}   {basis}");
        }
        output.WriteLine($"  {"total",-6}{string.Join("", totals.Select(t => $"{Duration(t),24}"))}");
    }

    /// <summary>The upper bound and the forecast of one shard: what `run --shard` on one core is measured against.</summary>
    public static void PrintShard(TextWriter output, ExperimentScope scope, ShardSpec shard, TwinSteps twins)
    {
        (double upper, var perClaim) = ShardForecast.Of(scope, shard, twins);
        PlanForecast total = ShardForecast.Total(perClaim);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Shard {shard} of the {ProfileNames.Name(scope.Profile)} profile: upper bound {upper:F0} CPU s, expected {total.CpuSeconds:F0} CPU s (single core; training runs {Basis(total)}):"));
        foreach ((string claim, PlanForecast forecast) in perClaim)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {claim,-6}{forecast.CpuSeconds,10:F0} s   {Basis(forecast)}"));
    }

    private static string Basis(PlanForecast f) => f.Runs == 0 ? "no training runs" : $"{f.Exact} / {f.Setting} / {f.Nearest} / {f.Unmeasured}";

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
