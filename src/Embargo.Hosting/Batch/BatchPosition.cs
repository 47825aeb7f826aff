namespace Embargo.Hosting.Batch;

/// <summary>A point in a run: records completely written, the output length that holds exactly them, and their counts.</summary>
public readonly record struct BatchPosition(long Records, long WithMatches, long Errors, long OutputOffset)
{
    public static BatchPosition Start { get; } = new(0, 0, 0, 0);
}
