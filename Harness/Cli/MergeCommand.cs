using System.CommandLine;
using Repro.Harness.Shards;

namespace Repro.Harness.Cli;

/// <summary>`repro merge --out DIR STORE…`: unions shard stores into DIR/store (see <see cref="StoreMerger"/>).</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder whose store/ receives the union (default: artifacts).", DefaultValueFactory = _ => "artifacts" };
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces of internal errors." };
        var stores = new Argument<string[]>("stores")
        {
            Description = "Shard stores to merge: a store folder, or an output folder holding store/.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("merge", "Union shard stores into DIR/store, verifying every entry; refuse (exit 1) when two stores disagree on a key.")
        {
            output, verbose, stores,
        };
        command.SetAction(parse => CommandRunner.Guarded(parse.GetValue(verbose), () =>
        {
            List<string> roots = [.. (parse.GetValue(stores) ?? []).Select(StoreRoot)];
            string destination = Path.Combine(OutputFolder.Check(parse.GetValue(output) ?? "artifacts"), "store");
            try
            {
                MergeOutcome outcome = StoreMerger.Merge(roots, destination);
                Console.WriteLine($"repro merge: {roots.Count} store(s), {outcome.Entries} entries verified; {outcome.Written} written to {destination}, {outcome.AlreadyPresent} already there");
                return ExitCodes.Ok;
            }
            catch (StoreConflictException e)
            {
                Console.Error.WriteLine($"repro merge: {e.Message}");
                return ExitCodes.ClaimFailed;
            }
        }));
        return command;
    }

    /// <summary>A folder holding store/ means its store; otherwise the folder is the store itself.</summary>
    private static string StoreRoot(string path)
    {
        string full = Path.GetFullPath(path);
        if (!Directory.Exists(full)) throw new UsageException("stores", $"'{path}' is not a folder");
        string inner = Path.Combine(full, "store");
        return Directory.Exists(inner) ? inner : full;
    }
}
