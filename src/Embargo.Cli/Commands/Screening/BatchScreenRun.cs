using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Matching;

namespace Embargo.Cli.Commands.Screening;

/// <summary>
/// <c>embargo screen --input FILE</c>: wires the command line to <see cref="BatchScreening"/> and reports. Exit
/// code 2 when any record was malformed (or, with --strict, at the first), else 1 when any record matched, else 0.
/// </summary>
internal static class BatchScreenRun
{
    private static readonly TimeSpan PlainProgressEvery = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(
        CliConsole console, EmbargoEngine engine, ParseResult parseResult, BatchOptionsSet batch, MatchOptions match, CancellationToken cancellationToken)
    {
        var inputPath = parseResult.GetValue(batch.Input)!;
        var outputPath = parseResult.GetValue(batch.Output);
        var options = new BatchOptions
        {
            OutputFormat = batch.OutputFormat(parseResult),
            Mapping = batch.Mapping(parseResult),
            Strict = parseResult.GetValue(batch.Strict),
            // The output lists matches: near misses below the threshold would bury them in a large file.
            Match = match with { Cutoff = match.Threshold },
        };
        if (!File.Exists(inputPath)) throw new CliUsageException($"--input '{inputPath}' not found");

        // The file's readers and writers compile beside the loading of the lists (the engine warms up the screening).
        var warmUp = BatchWarmUp.StartOnce();
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        await warmUp;
        DemoNotice.WriteIfDemoOnly(console, index.Snapshots);
        var screening = new BatchScreening(index);
        BatchSummary summary;
        try
        {
            summary = outputPath is null
                ? await ToStandardOutputAsync(console, screening, inputPath, options, cancellationToken)
                : await WithProgressAsync(console, progress => screening.RunFileAsync(inputPath, outputPath, options, progress, cancellationToken));
        }
        catch (BatchInputException e)
        {
            console.WriteError(options.Strict ? $"{e.File} line {e.Line}: {e.Problem} (stopped by --strict)" : $"{e.File} line {e.Line}: {e.Problem}");
            return ExitCodes.Error;
        }
        catch (BatchResumeException e)
        {
            console.WriteError(e.Message);
            return ExitCodes.Error;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteError(outputPath is null
                ? "cancelled."
                : "cancelled; run the same command again to continue where it stopped.");
            return ExitCodes.Error;
        }

        WriteSummary(console.Error, summary, outputPath);
        if (summary.Errors > 0) return ExitCodes.Error;
        return summary.WithMatches > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static async Task<BatchSummary> ToStandardOutputAsync(
        CliConsole console, BatchScreening screening, string inputPath, BatchOptions options, CancellationToken cancellationToken)
    {
        await using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        await using var output = new TextWriterStream(console.Out);
        return await screening.RunAsync(input, Path.GetFileName(inputPath), output, options,
            new BatchProgressLines(console.Error, PlainProgressEvery), cancellationToken);
    }

    private static Task<BatchSummary> WithProgressAsync(CliConsole console, Func<IProgress<BatchProgress>, Task<BatchSummary>> run) =>
        console.Interactive
            ? BatchProgressBar.RunAsync(console.Error, run)
            : run(new BatchProgressLines(console.Error, PlainProgressEvery));

    private static void WriteSummary(TextWriter error, BatchSummary s, string? outputPath)
    {
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"screened {s.Records:N0} records in {s.ElapsedSeconds:N1} s ({s.RecordsPerSecond:N0} records/s" +
            $"{(s.ResumedAfter > 0 ? $", resumed after {s.ResumedAfter:N0}" : "")}): {s.WithMatches:N0} with matches, {s.Errors:N0} errors"));
        error.WriteLine($"lists: {string.Join(", ", s.Snapshots.Select(v => $"{v.Source} {v.Version}"))}");
        if (outputPath is not null) error.WriteLine($"results: {outputPath}; summary: {BatchScreening.SummaryPath(outputPath)}");
        if (s.Errors > 0) error.WriteLine("malformed records are in the output with status \"error\" and their line numbers.");
    }
}
