using System.CommandLine;
using System.Globalization;
using Repro.Harness.Execution;
using Repro.Harness.Verify;

namespace Repro.Harness.Cli;

/// <summary>
/// `repro verify --against DIR|manifest.json`: re-checks a run from its manifest — file hashes, the
/// published report against a fresh render, store entries, and fresh re-computation of all or a
/// seeded sample of the units in a scratch folder.
/// Exit 0 when everything matches, 1 naming what does not, 2 for a bad manifest or option.
/// </summary>
internal static class VerifyCommand
{
    private const int MaxCount = 1_000_000;

    public static Command Create()
    {
        var against = new Option<string>("--against") { Description = "The run to verify: its folder, or its manifest.json (the folder holds results/ and store/).", Required = true };
        var bitwise = new Option<bool>("--bitwise") { Description = "Compare fresh results byte for byte (the default)." };
        var tolerance = new Option<string?>("--tolerance") { Description = "Instead of bytes, allow every number a relative difference REL (0 ≤ REL < 1), e.g. 1e-9 across platforms." };
        var sample = new Option<string?>("--sample") { Description = "Re-run only K units, a seeded deterministic sample (default: all)." };
        var seed = new Option<string?>("--seed") { Description = "Seed of the --sample choice (default 0)." };
        var jobs = new Option<string?>("--jobs") { Description = $"Units run in parallel (1..{RunOptions.MaxJobs}; default: the number of cores)." };
        var scratch = new Option<string?>("--scratch") { Description = "New or empty folder for the fresh results (kept); default: a temp folder, deleted." };
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces of internal errors." };
        var command = new Command("verify", "Check a run against its manifest: file hashes, then re-run units in a scratch folder and compare.")
        {
            against, bitwise, tolerance, sample, seed, jobs, scratch, verbose,
        };
        command.SetAction(parse => CommandRunner.Guarded(parse.GetValue(verbose), () =>
        {
            var settings = new VerifySettings(
                ManifestPath: ManifestLocation.Resolve("--against", parse.GetValue(against) ?? throw new UsageException("--against", "required")),
                Mode: Mode(parse.GetValue(bitwise), parse.GetValue(tolerance)),
                Sample: RunOptions.ParseInt("--sample", parse.GetValue(sample), 1, MaxCount),
                Seed: RunOptions.ParseInt("--seed", parse.GetValue(seed), 0, MaxCount) ?? 0,
                Jobs: RunOptions.ParseInt("--jobs", parse.GetValue(jobs), 1, RunOptions.MaxJobs) ?? Environment.ProcessorCount,
                Scratch: parse.GetValue(scratch) is string s ? Path.GetFullPath(s) : null,
                Verbose: parse.GetValue(verbose),
                SourceDateEpoch: Environment.GetEnvironmentVariable(ReportDate.Variable));
            ReportDate.FromEpochVariable(settings.SourceDateEpoch); // a bad value is bad input, not a report mismatch
            using var termination = new Termination();
            return Run(settings, Console.Out, Console.Error, ProgressSinks.ForConsole(), termination.Token);
        }));
        return command;
    }

    public static int Run(VerifySettings settings, TextWriter output, TextWriter errors, IProgressSink progress, CancellationToken cancellation)
    {
        VerifyReport report = ManifestVerifier.Run(settings, progress, cancellation);
        output.WriteLine($"repro verify: {settings.ManifestPath} ({settings.Mode}, {report.UnitsRerun} unit(s) re-run"
            + (settings.Sample is int k ? $", sample of {k} with seed {settings.Seed})" : ")"));
        VerifyTable.Print(output, report);
        if (report.UnitsIntact > 0)
            output.WriteLine($"{report.UnitsIntact} further unit entr{(report.UnitsIntact == 1 ? "y is" : "ies are")} present and intact (hash checked, not re-run).");
        if (report.KeysChanged > 0)
            output.WriteLine($"note: {report.KeysChanged} unit key(s) differ under this build (another build of Theory/); results were compared all the same.");

        List<VerifyRow> failures = [.. report.Failures];
        if (failures.Count == 0)
        {
            output.WriteLine($"repro verify: all {report.Rows.Count} check(s) match.");
            return ExitCodes.Ok;
        }
        VerifyRow first = failures[0];
        errors.WriteLine($"repro verify: {failures.Count} of {report.Rows.Count} check(s) failed; first: {first.Item} {first.Verdict}"
            + (first.Detail.Length > 0 ? $" ({first.Detail})" : ""));
        return ExitCodes.ClaimFailed;
    }

    private static ComparisonMode Mode(bool bitwise, string? tolerance)
    {
        if (tolerance is null) return ComparisonMode.Bitwise;
        if (bitwise) throw new UsageException("--tolerance", "cannot be combined with --bitwise (choose one)");
        if (!double.TryParse(tolerance, NumberStyles.Float, CultureInfo.InvariantCulture, out double rel) || !(rel >= 0 && rel < 1))
            throw UsageException.OutOfRange("--tolerance", $"'{tolerance}'", "a number 0 ≤ REL < 1, e.g. 1e-9");
        return new ComparisonMode(rel);
    }
}
