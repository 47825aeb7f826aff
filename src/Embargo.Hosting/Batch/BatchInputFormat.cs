namespace Embargo.Hosting.Batch;

/// <summary>How a batch input file is read.</summary>
public enum BatchInputFormat
{
    /// <summary>Delimited text with a header row (comma, semicolon, tab or bar).</summary>
    Csv,
    /// <summary>One JSON object per line.</summary>
    Jsonl,
}
