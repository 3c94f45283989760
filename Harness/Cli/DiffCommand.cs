using System.CommandLine;
using Repro.Harness.Verify;

namespace Repro.Harness.Cli;

/// <summary>`repro diff A/manifest.json B/manifest.json`: what changed between two runs (always exit 0 unless a manifest is bad).</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("manifestA") { Description = "The older run: its folder or its manifest.json." };
        var second = new Argument<string>("manifestB") { Description = "The newer run: its folder or its manifest.json." };
        var command = new Command("diff", "Compare two runs claim by claim: verdicts, deciding numbers, unit keys added/removed.") { first, second };
        command.SetAction(parse => CommandRunner.Guarded(false, () =>
        {
            ManifestDiff.Write(Console.Out, ManifestLocation.Resolve("manifestA", parse.GetValue(first)!), ManifestLocation.Resolve("manifestB", parse.GetValue(second)!));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
