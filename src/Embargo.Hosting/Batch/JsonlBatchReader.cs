using System.Globalization;
using System.Text.Json;

namespace Embargo.Hosting.Batch;

/// <summary>
/// Records from JSON Lines: one object per line, its keys mapped to fields as CSV headers are. Strings,
/// numbers and booleans are read as text; a line that is not a JSON object is an error record. Blank lines
/// are skipped.
/// </summary>
internal sealed class JsonlBatchReader(TextReader text, BatchFieldMapping mapping) : IBatchReader
{
    private readonly BatchRecordBuilder _builder = new();
    private readonly Dictionary<string, BatchField> _fieldOfKey = new(StringComparer.Ordinal);
    private long _line;
    private long _sequence;

    public BatchRecord? Next()
    {
        while (text.ReadLine() is { } line)
        {
            _line++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            return Parse(line);
        }
        return null;
    }

    private BatchRecord Parse(string line)
    {
        var id = _line.ToString(CultureInfo.InvariantCulture);
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new BatchRecord(_sequence++, _line, id, null, $"a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
            _builder.Clear();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!_fieldOfKey.TryGetValue(property.Name, out var field))
                {
                    // Keys repeat from line to line; a file's keys are few.
                    field = mapping.Resolve(property.Name);
                    if (_fieldOfKey.Count < 1024) _fieldOfKey[property.Name] = field;
                }
                _builder.Set(field, Text(property.Value));
            }
            return _builder.Build(_sequence++, _line);
        }
        catch (JsonException e)
        {
            return new BatchRecord(_sequence++, _line, id, null, "not valid JSON: " + e.Message);
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public void Dispose() => text.Dispose();
}
