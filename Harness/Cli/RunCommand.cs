using System.CommandLine;
using Repro.Harness.Execution;

namespace Repro.Harness.Cli;

/// <summary>`repro run`: run the claims' experiments (reusing the store), write results and the manifest.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("run", "Run the claims' experiments (cached, parallel, resumable) and write results/ and manifest.json.");
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
