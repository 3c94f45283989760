using System.CommandLine;

namespace Repro.Harness.Cli;

/// <summary>
/// The one stderr line for a command line System.CommandLine could not parse: its messages, and —
/// when a word was not recognised or no command was given — the commands or options allowed at that point, so the line
/// names both the offending field and what is allowed.
/// </summary>
internal static class ParseErrorLine
{
    public static string For(ParseResult parse)
    {
        string errors = string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')).Distinct());
        Command command = parse.CommandResult.Command;
        if (parse.UnmatchedTokens.Count == 0 && command is not RootCommand) return $"repro: {errors} (see 'repro --help')";
        IEnumerable<string> allowed = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)
            .Concat(command.Options.Where(o => !o.Hidden).Select(o => o.Name));
        string where = command is RootCommand ? "repro" : $"repro {command.Name}";
        string list = allowed.Any() ? string.Join(", ", allowed) : "no options";
        return $"repro: {errors} (allowed for '{where}': {list}; see '{where} --help')";
    }
}
