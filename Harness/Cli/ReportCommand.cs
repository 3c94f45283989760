using System.CommandLine;

namespace Repro.Harness.Cli;

/// <summary>`repro report`: render report.pdf (plus figures/, tables/, summary.md) from DIR/results and DIR/manifest.json.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Artifacts folder holding results/ and manifest.json (default: artifacts).", DefaultValueFactory = _ => "artifacts" };
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces of internal errors." };
        var command = new Command("report", "Render report.pdf, figures/, tables/ and summary.md from the results of `repro run`.") { output, verbose };
        command.SetAction(parse => CommandRunner.Guarded(parse.GetValue(verbose), ()
            => ReportWorkflow.Run(parse.GetValue(output) ?? "artifacts", Environment.GetEnvironmentVariable(ReportDate.Variable), Console.Out)));
        return command;
    }
}
