using Repro.Theory.Experiments;
using System.CommandLine;
using System.Globalization;
using Repro.Harness.Experiments;
using Repro.Theory.Claims;

namespace Repro.Harness.Cli;

/// <summary>`repro list`: the claims, and per profile the units and estimated CPU time, before anything runs.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the claims and, per profile, the number of units and the estimated CPU time.");
        command.SetAction(_ => CommandRunner.Guarded(false, () =>
        {
            Print(Console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }

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
