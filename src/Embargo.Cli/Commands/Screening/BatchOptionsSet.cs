using System.CommandLine;
using Embargo.Hosting.Batch;

namespace Embargo.Cli.Commands.Screening;

/// <summary>The options of <c>embargo screen --input FILE</c>: where the file is and goes, how it is read, how strict.</summary>
internal sealed class BatchOptionsSet
{
    public Option<string?> Input { get; } = new("--input") { Description = "Screen every record of this file (CSV with a header row, any delimiter, or JSON Lines) instead of NAME." };
    public Option<string?> Output { get; } = new("--output") { Description = "Write results here (default: standard output). A rerun with the same --output continues an interrupted run." };
    public Option<string?> Format { get; } = new("--format") { Description = "Output format: jsonl (default) or csv (default when --output ends in .csv)." };
    public Option<string[]> Map { get; } = new("--map") { Description = $"COLUMN=FIELD: read a column as a field ({BatchFieldNames.TargetList}). Repeatable." };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Stop at the first malformed record (exit 2) instead of reporting it and going on." };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(Format);
        command.Options.Add(Map);
        command.Options.Add(Strict);
    }

    /// <summary>Options that only make sense with --input, given without it.</summary>
    public IEnumerable<string> GivenWithoutInput(ParseResult parseResult)
    {
        if (parseResult.GetValue(Output) is not null) yield return "--output";
        if (parseResult.GetValue(Format) is not null) yield return "--format";
        if (parseResult.GetValue(Map) is { Length: > 0 }) yield return "--map";
        if (parseResult.GetValue(Strict)) yield return "--strict";
    }

    public BatchOutputFormat OutputFormat(ParseResult parseResult) => parseResult.GetValue(Format)?.Trim().ToLowerInvariant() switch
    {
        null or "" => parseResult.GetValue(Output) is { } path && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? BatchOutputFormat.Csv
            : BatchOutputFormat.Jsonl,
        "jsonl" or "ndjson" or "json" => BatchOutputFormat.Jsonl,
        "csv" => BatchOutputFormat.Csv,
        var other => throw new CliUsageException($"--format '{other}' is not one of csv, jsonl"),
    };

    public BatchFieldMapping Mapping(ParseResult parseResult)
    {
        try
        {
            return BatchFieldMapping.Parse(parseResult.GetValue(Map) ?? []);
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}
