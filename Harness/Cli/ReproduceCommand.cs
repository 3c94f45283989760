using System.CommandLine;
using Repro.Harness.Execution;

namespace Repro.Harness.Cli;

/// <summary>
/// `repro reproduce`: run, then render the report — also when a claim FAILED (the report shows
/// why; the exit code stays 1), but not after an interruption or bad input.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("reproduce", "Run every claim, then render report.pdf, figures/, tables/ and summary.md.");
        options.AddTo(command);
        command.SetAction(parse => CommandRunner.Guarded(parse.GetValue(options.Verbose), () =>
        {
            RunSettings settings = options.Read(parse);
            string? epoch = Environment.GetEnvironmentVariable(ReportDate.Variable);
            ReportDate.FromEpochVariable(epoch); // reject a bad SOURCE_DATE_EPOCH before running for minutes
            using var termination = new Termination();
            int run = RunWorkflow.Run(settings, Console.Out, Console.Error, ProgressSinks.ForConsole(), termination.Token);
            if (run is not (ExitCodes.Ok or ExitCodes.ClaimFailed)) return run;
            int report = ReportWorkflow.Run(settings.OutputDirectory, epoch, Console.Out);
            return report == ExitCodes.Ok ? run : report;
        }));
        return command;
    }
}
