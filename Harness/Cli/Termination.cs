using System.Runtime.InteropServices;

namespace Repro.Harness.Cli;

/// <summary>
/// Turns Ctrl+C and SIGTERM into a cancellation token, so a run stops between steps, keeps every
/// finished unit, and exits with code 3. A second Ctrl+C is left to the default handler.
/// </summary>
internal sealed class Termination : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration? sigterm;

    public Termination()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        if (!OperatingSystem.IsWindows())
            sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                source.Cancel();
            });
    }

    public CancellationToken Token => source.Token;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (source.IsCancellationRequested) return;
        e.Cancel = true;
        Console.Error.WriteLine("repro: stopping after the running steps (Ctrl+C again to abort)…");
        source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        sigterm?.Dispose();
        source.Dispose();
    }
}
