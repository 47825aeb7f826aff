namespace Embargo.Hosting.Batch;

/// <summary>
/// How far a batch run is: records written so far (including those of an earlier, interrupted run), how many
/// matched or were in error, how much of the input has been read, and the rate of this run.
/// </summary>
public readonly record struct BatchProgress(
    long Records, long WithMatches, long Errors, long RecordsThisRun, long InputBytesRead, long InputBytesTotal, TimeSpan Elapsed)
{
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? RecordsThisRun / Elapsed.TotalSeconds : 0;

    /// <summary>0–1 by input bytes; null when the input's length is unknown.</summary>
    public double? Fraction => InputBytesTotal > 0 ? Math.Clamp((double)InputBytesRead / InputBytesTotal, 0, 1) : null;

    /// <summary>Remaining time at this run's rate of reading input; null when unknown.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            if (Fraction is not { } f || f <= 0 || Elapsed <= TimeSpan.Zero) return null;
            return TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - f) / f);
        }
    }
}
