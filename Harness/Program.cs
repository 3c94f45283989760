using System.CommandLine;
using Repro.Harness.Cli;

var root = new RootCommand("repro — reproduces the claims of Cayci & Eryilmaz, arXiv:2402.12241, as seeded experiments and a PDF report.")
{
    BenchCommand.Create(),
};
return root.Parse(args).Invoke();
