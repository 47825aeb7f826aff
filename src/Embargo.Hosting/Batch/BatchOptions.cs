using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>How a file is read, screened and written.</summary>
public sealed record BatchOptions
{
    /// <summary>Null: JSON Lines for <c>.jsonl</c>/<c>.ndjson</c> files, delimited text otherwise.</summary>
    public BatchInputFormat? InputFormat { get; init; }

    public BatchOutputFormat OutputFormat { get; init; } = BatchOutputFormat.Jsonl;

    /// <summary>Which columns hold which fields beyond the common header names.</summary>
    public BatchFieldMapping Mapping { get; init; } = BatchFieldMapping.Default;

    /// <summary>Null: sniffed from the first lines.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Stop at the first malformed record instead of reporting it and going on.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Threshold, cutoff and limit per record. Batch output lists results at or above the cutoff; the default
    /// cutoff here is the threshold, so that a file's output holds its matches and not every near miss.
    /// </summary>
    public MatchOptions Match { get; init; } = new() { Cutoff = Tuning.DefaultThreshold };

    /// <summary>Screening threads; one per core by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Records handed to a worker at a time: large enough to make hand-over cheap, small enough to keep memory flat.</summary>
    public int ChunkSize { get; init; } = 256;

    /// <summary>Written output is flushed and checkpointed at least this often.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The input format for a file name when <see cref="InputFormat"/> is not set.</summary>
    public BatchInputFormat InputFormatFor(string fileName) =>
        InputFormat ?? (fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? BatchInputFormat.Jsonl
            : BatchInputFormat.Csv);
}
