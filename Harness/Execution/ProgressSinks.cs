namespace Repro.Harness.Execution;

/// <summary>Chooses the progress display for the console the process is attached to.</summary>
public static class ProgressSinks
{
    /// <summary>
    /// Nothing when <paramref name="quiet"/>; a live bar on stderr when it is a terminal;
    /// plain periodic lines when stderr is redirected (CI, log files, pipes).
    /// </summary>
    public static IProgressSink ForConsole(bool quiet = false)
        => quiet ? NullProgress.Instance
            : Console.IsErrorRedirected ? new PlainProgress(Console.Error)
            : new TerminalProgress(Console.Error);
}
