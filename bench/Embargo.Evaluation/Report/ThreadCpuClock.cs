using System.Runtime.InteropServices;

namespace Embargo.Evaluation.Report;

/// <summary>
/// The CPU time the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID), in milliseconds: a latency measure the
/// other processes of a loaded machine disturb far less than the wall clock. NaN where the clock is not available.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static double NowMs()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        try
        {
            return ClockGetTime(ThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : double.NaN;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }
}
