using System.CommandLine;
using Repro.Harness.Verify;

namespace Repro.Harness.Cli;

/// <summary>`repro diff A/manifest.json B/manifest.json`: what changed between two runs (always exit 0 unless a manifest is bad).</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("manifestA") { Description = "The older run's manifest.json." };
        var second = new Argument<string>("manifestB") { Description = "The newer run's manifest.json." };
        var command = new Command("diff", "Compare two runs claim by claim: verdicts, deciding numbers, unit keys added/removed.") { first, second };
        command.SetAction(parse => CommandRunner.Guarded(false, () =>
        {
            ManifestDiff.Write(Console.Out, Path.GetFullPath(parse.GetValue(first)!), Path.GetFullPath(parse.GetValue(second)!));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
