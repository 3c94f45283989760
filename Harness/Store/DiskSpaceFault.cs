using System.Globalization;

namespace Repro.Harness.Store;

/// <summary>
/// Test seam: simulates a disk with a fixed amount of free space, so "disk full" can be tested
/// without a size-limited mount (which needs root). Off unless the environment variable
/// <see cref="VariableName"/> holds a byte count; then every atomic write is charged its size and
/// the first one that does not fit fails like ENOSPC, after its temp file was created and filled
/// (so the clean-up path is exercised exactly as for a real full disk).
/// </summary>
internal static class DiskSpaceFault
{
    public const string VariableName = "REPRO_TEST_DISK_SPACE_BYTES";

    /// <summary>The errno of "No space left on device" on Linux, kept as the exception's HResult like the runtime does.</summary>
    private const int NoSpaceErrno = 28;

    private static readonly long? Capacity = Read();
    private static long used;

    /// <summary>Charges <paramref name="bytes"/> to the simulated disk; throws when they do not fit.</summary>
    public static void Charge(string path, long bytes)
    {
        if (Capacity is not long capacity) return;
        if (Interlocked.Add(ref used, bytes) > capacity)
            throw new IOException($"No space left on device : '{path}'", NoSpaceErrno);
    }

    private static long? Read()
    {
        string? text = Environment.GetEnvironmentVariable(VariableName);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long bytes) ? bytes : null;
    }
}
