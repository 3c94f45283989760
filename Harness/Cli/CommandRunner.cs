using Repro.Harness.Execution;

namespace Repro.Harness.Cli;

/// <summary>
/// Runs a command body with the CLI's error contract: bad input → one line and exit 2; an internal
/// error → one line (the stack trace only with --verbose) and exit 4; an I/O error (disk full) → one line and exit 4.
/// </summary>
internal static class CommandRunner
{
    public static int Guarded(bool verbose, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"repro: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("repro: interrupted; finished units are kept. Run the same command again to resume.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disk full, a folder made read-only mid-run, …: the environment, not a bug, so one line (exit 4, see docs/decisions.md).
            Console.Error.WriteLine($"repro: I/O error: {e.Message.ReplaceLineEndings(" ")}; finished units are kept, fix the cause and run the same command again");
            if (verbose) Console.Error.WriteLine(e);
            return ExitCodes.Internal;
        }
        catch (Exception e)
        {
            string where = e is UnitFailedException failed ? $" in {failed.Label}" : "";
            Console.Error.WriteLine($"repro: internal error{where}: {(e is UnitFailedException ? e.InnerException?.Message ?? e.Message : e.Message)}");
            if (verbose) Console.Error.WriteLine(e);
            else Console.Error.WriteLine("repro: run again with --verbose for the stack trace.");
            return ExitCodes.Internal;
        }
    }
}
