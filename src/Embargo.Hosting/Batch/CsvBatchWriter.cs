using System.Buffers;
using System.Globalization;
using System.Text;
using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>
/// Comma-separated rows, RFC 4180 quoting: one row per result (the fields of single screening, programs joined
/// by "; " and the explanation summarised as its feature contributions), and one row with empty result fields
/// for a record without results or in error, so that every record appears.
/// </summary>
internal sealed class CsvBatchWriter : IBatchWriter
{
    public const string Header = "id,line,status,error,query_name,entity_id,source,source_id,kind,name,matched_name,score,match,programs,explanation";

    private readonly StringBuilder _row = new();

    public void WriteHeader(IBufferWriter<byte> output) => Encoding.UTF8.GetBytes(Header + "\n", output);

    public void Write(BatchOutcome outcome, IBufferWriter<byte> output)
    {
        _row.Clear();
        var record = outcome.Record;
        if (outcome.Results.Count == 0)
        {
            Prefix(record);
            _row.Append(",,,,,,,,,\n"); // the ten result fields, empty
        }
        foreach (var result in outcome.Results)
        {
            Prefix(record);
            Field(result.Entry.Id).Append(',');
            Field(result.Entry.Source).Append(',');
            Field(result.Entry.SourceId).Append(',');
            Field(result.Entry.Kind.ToString().ToLowerInvariant()).Append(',');
            Field(result.Entry.Name.Full).Append(',');
            Field(result.MatchedName.Full).Append(',');
            _row.Append(Math.Round(result.Score, 3).ToString("0.###", CultureInfo.InvariantCulture)).Append(',');
            _row.Append(result.IsMatch ? "true" : "false").Append(',');
            Field(string.Join("; ", result.Entry.Programs)).Append(',');
            Field(Summary(result)).Append('\n');
        }
        Encoding.UTF8.GetBytes(_row.ToString(), output);
    }

    private void Prefix(BatchRecord record)
    {
        Field(record.Id).Append(',');
        _row.Append(record.Line).Append(',');
        _row.Append(record.IsError ? "error" : "ok").Append(',');
        Field(record.Error).Append(',');
        Field(record.Query?.Name).Append(',');
    }

    // "name_similarity +0.912; dob_match +0.05": what moved the score, in the explanation's order.
    private static string Summary(MatchResult result) =>
        string.Join("; ", result.Explanation.Features.Select(f =>
            $"{f.Id} {(f.Contribution >= 0 ? "+" : "")}{Math.Round(f.Contribution, 3).ToString("0.###", CultureInfo.InvariantCulture)}"));

    private StringBuilder Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return _row;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return _row.Append(value);
        return _row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
