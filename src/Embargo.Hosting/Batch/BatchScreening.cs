using System.Globalization;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>
/// Screens a whole file of parties (CSV or JSON Lines) against one index, streaming, on every core, keeping
/// input order. <see cref="RunFileAsync"/> is the resumable form: it keeps a checkpoint beside the output and
/// continues an interrupted run of the same job, and writes the summary beside the output when it ends.
/// </summary>
public sealed class BatchScreening(ActiveIndex index)
{
    /// <summary>Screens <paramref name="input"/> into <paramref name="output"/> from the start (no checkpoint).</summary>
    /// <param name="input">The input, read once.</param>
    /// <param name="inputName">The input's name for messages (a file name).</param>
    /// <param name="output">Where the results go.</param>
    /// <param name="options">Formats, mapping and matching options.</param>
    /// <param name="progress">Reported as output is flushed.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="BatchInputException">The file cannot be screened, or under <c>Strict</c> a record is malformed.</exception>
    public async Task<BatchSummary> RunAsync(
        Stream input, string inputName, Stream output, BatchOptions options, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var started = DateTime.UtcNow;
        using var reader = OpenReader(input, inputName, options);
        var length = input.CanSeek ? input.Length : 0;
        Func<long> position = input.CanSeek ? () => input.Position : () => 0;
        var end = await new BatchPipeline(index.Index, options, inputName)
            .RunAsync(reader, position, length, output, CreateWriter(options), BatchPosition.Start, null, progress, cancellationToken)
            .ConfigureAwait(false);
        return Summary(inputName, null, options, end, 0, DateTime.UtcNow - started);
    }

    /// <summary>
    /// Screens the file at <paramref name="inputPath"/> into <paramref name="outputPath"/>. When a checkpoint of
    /// the same job is beside the output, the run continues after the records it says are written, cutting any
    /// partial output past it; the checkpoint is removed and <c>OUTPUT.summary.json</c> written when the run ends.
    /// </summary>
    /// <exception cref="BatchResumeException">A checkpoint is there but for another input, settings or list versions.</exception>
    public async Task<BatchSummary> RunFileAsync(
        string inputPath, string outputPath, BatchOptions options, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = DateTime.UtcNow;
        var inputInfo = new FileInfo(inputPath);
        if (!inputInfo.Exists) throw new FileNotFoundException($"input file '{inputPath}' not found", inputPath);
        if (string.Equals(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath), StringComparison.Ordinal))
            throw new BatchResumeException("the output would overwrite the input; choose another --output");

        var job = new BatchCheckpoint
        {
            Input = Path.GetFullPath(inputPath),
            InputLength = inputInfo.Length,
            InputModifiedUtc = inputInfo.LastWriteTimeUtc,
            Settings = Settings(options, inputPath),
            Snapshots = SnapshotVersions,
        };
        var start = Resume(job, outputPath);

        await using var output = new FileStream(outputPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1 << 16);
        // Anything past the checkpoint is a flush the interrupted run did not get to record: it is written again.
        output.SetLength(start.OutputOffset);
        output.Seek(start.OutputOffset, SeekOrigin.Begin);
        await Save(start);

        await using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = OpenReader(input, Path.GetFileName(inputPath), options);
        var end = await new BatchPipeline(index.Index, options, Path.GetFileName(inputPath))
            .RunAsync(reader, () => input.Position, input.Length, output, CreateWriter(options), start, Save, progress, cancellationToken)
            .ConfigureAwait(false);

        var summary = Summary(inputPath, outputPath, options, end, start.Records, DateTime.UtcNow - started);
        await File.WriteAllTextAsync(SummaryPath(outputPath), JsonSerializer.Serialize(summary, EntryJson.Indented), CancellationToken.None).ConfigureAwait(false);
        BatchCheckpoint.Delete(outputPath);
        return summary;

        Task Save(BatchPosition at)
        {
            (job with
            {
                Records = at.Records,
                WithMatches = at.WithMatches,
                Errors = at.Errors,
                OutputOffset = at.OutputOffset,
            }).Save(outputPath);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Screens <paramref name="input"/> (read from its start) into <paramref name="output"/>, continuing after
    /// <paramref name="start"/>: the records it counts are skipped, and <paramref name="output"/> receives only what
    /// follows them. The caller keeps the checkpoint: <paramref name="flushed"/> gets each position once its bytes
    /// are written (a shared job stores them and the position together).
    /// </summary>
    public async Task<BatchSummary> RunFromAsync(
        Stream input, string inputName, Stream output, BatchOptions options, BatchPosition start, Func<BatchPosition, Task> flushed,
        IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var started = DateTime.UtcNow;
        using var reader = OpenReader(input, inputName, options);
        var length = input.CanSeek ? input.Length : 0;
        Func<long> position = input.CanSeek ? () => input.Position : () => 0;
        var end = await new BatchPipeline(index.Index, options, inputName)
            .RunAsync(reader, position, length, output, CreateWriter(options), start, flushed, progress, cancellationToken)
            .ConfigureAwait(false);
        return Summary(inputName, null, options, end, start.Records, DateTime.UtcNow - started);
    }

    /// <summary>What a checkpoint records of the lists screened against, to refuse resuming against others.</summary>
    public IReadOnlyList<string> SnapshotVersions => [.. index.Snapshots.Select(s => $"{s.Source} {s.Version}")];

    /// <summary>Where <see cref="RunFileAsync"/> writes its summary.</summary>
    public static string SummaryPath(string outputPath) => outputPath + ".summary.json";

    private static BatchPosition Resume(BatchCheckpoint job, string outputPath)
    {
        if (BatchCheckpoint.Load(outputPath) is not { } saved) return BatchPosition.Start;
        if (saved.MismatchWith(job) is { } why)
            throw new BatchResumeException($"'{BatchCheckpoint.PathFor(outputPath)}' records an interrupted run that cannot be continued: {why}. " +
                                           "Delete it (or choose another --output) to start again.");
        var written = File.Exists(outputPath) ? new FileInfo(outputPath).Length : 0;
        if (written < saved.OutputOffset)
            throw new BatchResumeException($"'{outputPath}' is shorter than its checkpoint says ({written:N0} < {saved.OutputOffset:N0} bytes); " +
                                           $"delete '{BatchCheckpoint.PathFor(outputPath)}' to start again.");
        return new BatchPosition(saved.Records, saved.WithMatches, saved.Errors, saved.OutputOffset);
    }

    internal static IBatchReader OpenReader(Stream input, string inputName, BatchOptions options)
    {
        var text = BatchTextDecoding.Open(input, leaveOpen: true);
        return options.InputFormatFor(inputName) switch
        {
            BatchInputFormat.Jsonl => new JsonlBatchReader(text, options.Mapping),
            _ => new CsvBatchReader(text, inputName, options.Mapping, options.Delimiter),
        };
    }

    private IBatchWriter CreateWriter(BatchOptions options) => options.OutputFormat switch
    {
        BatchOutputFormat.Csv => new CsvBatchWriter(),
        _ => new JsonlBatchWriter(index.Snapshots),
    };

    // Everything that changes the output of a record: resuming with other settings would mix two jobs in one file.
    private static string Settings(BatchOptions o, string inputPath) => string.Create(CultureInfo.InvariantCulture,
        $"in={o.InputFormatFor(inputPath)} out={o.OutputFormat} map={string.Join("+", o.Mapping.Describe())} delimiter={(int?)o.Delimiter} " +
        $"threshold={o.Match.Threshold} cutoff={o.Match.Cutoff} limit={o.Match.Limit} exhaustive={o.Match.Exhaustive} algorithm={ScreeningIndex.AlgorithmName}");

    private BatchSummary Summary(string input, string? output, BatchOptions options, BatchPosition end, long resumedAfter, TimeSpan elapsed) => new()
    {
        Input = input,
        Output = output,
        Records = end.Records,
        WithMatches = end.WithMatches,
        Errors = end.Errors,
        ResumedAfter = resumedAfter,
        ElapsedSeconds = Math.Round(elapsed.TotalSeconds, 3),
        RecordsPerSecond = elapsed.TotalSeconds > 0 ? Math.Round((end.Records - resumedAfter) / elapsed.TotalSeconds, 1) : 0,
        Snapshots = [.. index.Snapshots.Select(BatchSummary.SnapshotVersion.Of)],
        DemoData = EmbargoEngine.IsDemoOnly(index.Snapshots),
        Threshold = options.Match.Threshold,
        Algorithm = ScreeningIndex.AlgorithmName,
    };
}
