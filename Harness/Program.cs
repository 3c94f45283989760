using System.CommandLine;
using Repro.Harness;
using Repro.Harness.Cli;

var root = new RootCommand("repro — reproduces the claims of Cayci & Eryilmaz, arXiv:2402.12241, as seeded experiments and a PDF report.")
{
    ListCommand.Create(),
    RunCommand.Create(),
    ReproduceCommand.Create(),
    ReportCommand.Create(),
    BenchCommand.Create(),
    VerifyCommand.Create(),
    MergeCommand.Create(),
    DiffCommand.Create(),
};
ParseResult parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // One line naming the problem, exit 2 (System.CommandLine would print the whole help and exit 1).
    Console.Error.WriteLine(ParseErrorLine.For(parse));
    return ExitCodes.BadInput;
}
return parse.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
