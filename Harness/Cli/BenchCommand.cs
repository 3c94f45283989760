using System.CommandLine;
using Repro.Harness.Bench;

namespace Repro.Harness.Cli;

/// <summary>`repro bench`: time per full-batch gradient step and GFLOP/s of both reference shapes.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var threads = new Option<int[]>("--threads")
        {
            Description = "Thread counts to time (default: 1 and the number of cores).",
            AllowMultipleArgumentsPerToken = true,
        };
        var minSteps = new Option<int>("--min-steps") { Description = "Timed steps per case, at least.", DefaultValueFactory = _ => 5 };
        var minSeconds = new Option<double>("--min-seconds") { Description = "Timed seconds per case, at least.", DefaultValueFactory = _ => 3.0 };
        var command = new Command("bench", "Time one full-batch projected-gradient step of the diagonal and full-matrix kernels.")
        {
            threads, minSteps, minSeconds,
        };
        command.SetAction(parse =>
        {
            int[] threadCounts = parse.GetValue(threads) is { Length: > 0 } given ? given : DefaultThreads();
            int steps = parse.GetValue(minSteps);
            double seconds = parse.GetValue(minSeconds);
            if (threadCounts.Any(t => t < 1)) return Usage("--threads must be integers ≥ 1");
            if (steps < 1) return Usage("--min-steps must be an integer ≥ 1");
            if (!(seconds >= 0) || !double.IsFinite(seconds)) return Usage("--min-seconds must be a finite number ≥ 0");
            Run(threadCounts, steps, TimeSpan.FromSeconds(seconds));
            return 0;
        });
        return command;
    }

    private static int[] DefaultThreads() => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"repro bench: {message}");
        return 2;
    }

    private static void Run(int[] threadCounts, int minSteps, TimeSpan minTime) => BenchRunner.Run(Console.Out, threadCounts, minSteps, minTime);
}
