using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Repro.Benchmarks;

/// <summary>
/// BenchmarkDotNet suites of the BPTT kernels (`make bench` runs them after `repro bench`). A short
/// in-process job keeps the whole suite to a couple of minutes and needs no generated project build.
/// Usage: dotnet Repro.Benchmarks.dll [--filter *Diagonal*] (default: every suite).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        IConfig config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine("artifacts", "benchmarks"));
        string[] effective = args.Length > 0 ? args : ["--filter", "*"];
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(effective, config);
        return 0;
    }
}
