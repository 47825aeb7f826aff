namespace Embargo.Hosting.Batch;

/// <summary>How batch results are written.</summary>
public enum BatchOutputFormat
{
    /// <summary>One JSON object per input record and line.</summary>
    Jsonl,
    /// <summary>One row per match, and one for each record without a match or in error.</summary>
    Csv,
}
