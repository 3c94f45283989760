using System.Runtime.InteropServices;

namespace Repro.Harness.Execution;

/// <summary>
/// CPU time consumed by the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so a unit's own compute can
/// be told apart from the harness around it even on a loaded machine, where wall-clock time would count waiting. Null
/// where the clock is not available; callers then report no share.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID on Linux (x86-64 and ARM64)

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>This thread's CPU time so far, or null off Linux (or if the call fails).</summary>
    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out TimeSpec t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }
}
