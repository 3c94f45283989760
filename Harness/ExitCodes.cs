namespace Repro.Harness;

/// <summary>
/// Process exit codes of <c>repro</c>. Fixed numbers so scripts, Make and CI can tell a failed
/// claim (science) from bad input (user) from an interruption (resumable) from a bug.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything ran and every claim held (or verify matched).</summary>
    public const int Ok = 0;

    /// <summary>A claim FAILED, or <c>verify</c> found a mismatch.</summary>
    public const int ClaimFailed = 1;

    /// <summary>Bad command-line input or an unreadable input file; nothing was run.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled (Ctrl+C, SIGTERM); finished units are in the store, so re-running resumes.</summary>
    public const int Interrupted = 3;

    /// <summary>An unexpected error: a bug or an environment failure (disk full, I/O error).</summary>
    public const int Internal = 4;
}
