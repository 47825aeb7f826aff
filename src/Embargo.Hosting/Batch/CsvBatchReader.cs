using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Hosting.Batch;

/// <summary>
/// Records from delimited text with a header row: the delimiter is sniffed, columns are mapped to fields by
/// <see cref="BatchFieldMapping"/>, and a row with more or fewer fields than the header is an error record.
/// A broken quote that runs to the end of the file ends the input with an error record at the line it opened.
/// </summary>
internal sealed class CsvBatchReader : IBatchReader
{
    private const int SniffChars = 1 << 16;

    private readonly TextReader _text;
    private readonly CsvReader _csv;
    private readonly string _fileName;
    private readonly BatchFieldMapping _mapping;
    private readonly BatchRecordBuilder _builder = new();
    private BatchField[]? _fields;
    private long _sequence;
    private bool _ended;

    public CsvBatchReader(TextReader text, string fileName, BatchFieldMapping mapping, char? delimiter = null)
    {
        _fileName = fileName;
        _mapping = mapping;
        var prefix = new char[SniffChars];
        var length = text.ReadBlock(prefix, 0, prefix.Length);
        Delimiter = delimiter ?? DelimiterSniffer.Sniff(prefix.AsSpan(0, length));
        _text = new PrefixedTextReader(prefix, length, text);
        _csv = new CsvReader(_text, fileName, Delimiter);
    }

    public char Delimiter { get; }

    public BatchRecord? Next()
    {
        if (_ended) return null;
        _fields ??= ReadHeader();
        if (_fields is null) return End();
        CsvRecord row;
        try
        {
            if (!_csv.TryRead(out row)) return End();
        }
        catch (ListFormatException e)
        {
            // The reader cannot find the next record after a broken quote: report it and stop.
            _ended = true;
            var line = e.Line ?? 0;
            return new BatchRecord(_sequence++, line, line.ToString(System.Globalization.CultureInfo.InvariantCulture), null, Problem(e));
        }

        _builder.Clear();
        var count = CountWithoutTrailingBlanks(row.Fields, _fields.Length);
        if (count != _fields.Length)
        {
            for (var i = 0; i < Math.Min(row.Fields.Length, _fields.Length); i++)
            {
                if (_fields[i] == BatchField.Id) _builder.Set(BatchField.Id, row.Fields[i]);
            }
            var built = _builder.Build(_sequence, row.Line);
            return new BatchRecord(_sequence++, row.Line, built.Id, null, $"{count} fields where the header has {_fields.Length}");
        }
        for (var i = 0; i < _fields.Length; i++) _builder.Set(_fields[i], row.Fields[i]);
        return _builder.Build(_sequence++, row.Line);
    }

    private BatchField[]? ReadHeader()
    {
        CsvRecord header;
        try
        {
            if (!_csv.TryRead(out header)) return null;
        }
        catch (ListFormatException e)
        {
            throw new BatchInputException(_fileName, e.Line ?? 1, Problem(e));
        }
        var fields = new BatchField[header.Fields.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _mapping.Resolve(header.Fields[i]);
            seen.Add(BatchFieldNames.Normalize(header.Fields[i]));
        }
        foreach (var column in _mapping.ExplicitColumns)
        {
            if (!seen.Contains(column))
                throw new BatchInputException(_fileName, header.Line, $"--map names a column '{column}' that the header does not have (columns: {string.Join(", ", header.Fields)})");
        }
        if (!fields.Any(f => f is BatchField.Name or BatchField.FirstName or BatchField.LastName or BatchField.MiddleName))
        {
            throw new BatchInputException(_fileName, header.Line,
                $"no name column in the header (columns: {string.Join(", ", header.Fields)}); name one with --map COLUMN=name");
        }
        return fields;
    }

    // Spreadsheets pad rows with empty trailing cells: those do not make a row malformed.
    private static int CountWithoutTrailingBlanks(string[] row, int expected)
    {
        var count = row.Length;
        while (count > expected && string.IsNullOrWhiteSpace(row[count - 1])) count--;
        return count;
    }

    private BatchRecord? End()
    {
        _ended = true;
        return null;
    }

    private static string Problem(ListFormatException e)
    {
        // The exception's message starts with "file:line: ", which the output says separately.
        var message = e.Message;
        var prefix = e.Line is { } l ? $"{e.File}:{l}: " : $"{e.File}: ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }

    public void Dispose() => _text.Dispose();
}
