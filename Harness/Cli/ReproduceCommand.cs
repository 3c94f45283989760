using System.CommandLine;
using Repro.Harness.Execution;

namespace Repro.Harness.Cli;

/// <summary>`repro reproduce`: run, then render the report (until the report exists: run and the verdict summary).</summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("reproduce", "Run every claim and summarise the verdicts (the report is added by `repro report`).");
        options.AddTo(command);
        command.SetAction(parse => CommandRunner.Guarded(parse.GetValue(options.Verbose), () =>
        {
            RunSettings settings = options.Read(parse);
            using var termination = new Termination();
            return RunWorkflow.Run(settings, Console.Out, Console.Error, ProgressSinks.ForConsole(), termination.Token);
        }));
        return command;
    }
}
