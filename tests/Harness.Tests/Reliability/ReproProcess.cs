using System.Diagnostics;

namespace Repro.Harness.Tests.Reliability;

/// <summary>The built `repro` (copied next to the tests) as a child process, so exit codes, stderr and SIGKILL are real.</summary>
internal static class ReproProcess
{
    /// <summary>No single child may hang a test run: a case wrongly accepted as valid would start a long plan.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Starts `repro <paramref name="args"/>` in <paramref name="workingDirectory"/>; stdout and stderr are collected in the background.</summary>
    public static Child Start(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "repro.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new Child(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs to the end (killed and failed after <see cref="Timeout"/>).</summary>
    public static async Task<Completed> RunAsync(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using Child child = Start(workingDirectory, args, environment);
        return await child.WaitAsync();
    }

    /// <summary>A running child.</summary>
    internal sealed class Child(Process process) : IDisposable
    {
        private readonly Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        private readonly Task<string> stderr = process.StandardError.ReadToEndAsync();

        public int Id => process.Id;

        public bool HasExited => process.HasExited;

        /// <summary>SIGKILL: no handler runs, nothing is flushed — the crash case.</summary>
        public void Kill()
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // already exited
            }
        }

        public async Task<Completed> WaitAsync()
        {
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
                throw new TimeoutException($"repro did not finish within {Timeout.TotalSeconds} s");
            }
            return new Completed(process.ExitCode, await stdout, await stderr);
        }

        public void Dispose() => process.Dispose();
    }

    /// <summary>A finished child: exit code and what it printed.</summary>
    internal sealed record Completed(int Code, string Stdout, string Stderr)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
