using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Hosting.Output;

namespace Embargo.Hosting.Batch;

/// <summary>
/// One JSON object per record: <c>id</c>, <c>line</c>, <c>status</c> (<c>ok</c> or <c>error</c>), then either
/// <c>error</c> or the <c>query</c>, <c>match</c> (any result at the threshold), <c>matches</c> (each as
/// <see cref="MatchJson.Match"/> writes it for single screening) and the <c>snapshots</c> screened against.
/// </summary>
internal sealed class JsonlBatchWriter : IBatchWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly byte[] _snapshots;
    private readonly Utf8JsonWriter _json;

    public JsonlBatchWriter(IReadOnlyList<ListSnapshot> snapshots)
    {
        _snapshots = JsonSerializer.SerializeToUtf8Bytes(snapshots.Select(s => new { source = s.Source, version = s.Version }), EntryJson.Options);
        // Names stay readable in any script, as in single screening.
        _json = new Utf8JsonWriter(new ArrayBufferWriter<byte>(), new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void WriteHeader(IBufferWriter<byte> output)
    {
    }

    public void Write(BatchOutcome outcome, IBufferWriter<byte> output)
    {
        var record = outcome.Record;
        _json.Reset(output);
        _json.WriteStartObject();
        _json.WriteString("id", record.Id);
        _json.WriteNumber("line", record.Line);
        _json.WriteString("status", record.IsError ? "error" : "ok");
        if (record.Query is null)
        {
            _json.WriteString("error", record.Error);
        }
        else
        {
            _json.WritePropertyName("query");
            JsonSerializer.Serialize(_json, MatchJson.Query(record.Query), EntryJson.Options);
            _json.WriteBoolean("match", outcome.IsMatch);
            _json.WriteStartArray("matches");
            foreach (var result in outcome.Results) JsonSerializer.Serialize(_json, MatchJson.Match(result), EntryJson.Options);
            _json.WriteEndArray();
            _json.WritePropertyName("snapshots");
            _json.WriteRawValue(_snapshots, skipInputValidation: true);
        }
        _json.WriteEndObject();
        _json.Flush();
        output.Write(NewLine);
    }
}
