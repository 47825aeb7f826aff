using System.Text;

namespace Embargo.Lists.Csv;

/// <summary>
/// A streaming reader for delimited text as governments publish it: RFC 4180 quoting with doubled quotes,
/// line breaks inside quoted fields, CRLF or LF, any delimiter. Lenient where the files are (stray quotes
/// inside unquoted fields are kept as text) and strict where it matters (an unterminated quote or an
/// oversized field is an error naming the line).
/// </summary>
public sealed class CsvReader
{
    /// <summary>No official field comes near this; a longer one means a broken quote.</summary>
    public const int MaxFieldChars = 1 << 20;

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly string _fileName;
    private readonly StringBuilder _field = new();
    private long _line = 1;

    public CsvReader(TextReader reader, string fileName, char delimiter = ',')
    {
        _reader = reader;
        _fileName = fileName;
        _delimiter = delimiter;
    }

    /// <summary>Reads every record; blank lines are skipped.</summary>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (TryRead(out var record))
        {
            yield return record;
        }
    }

    /// <summary>Reads the next record, or returns false at the end of the input.</summary>
    public bool TryRead(out CsvRecord record)
    {
        var fields = new List<string>();
        while (true)
        {
            var startLine = _line;
            fields.Clear();
            var ended = ReadRecord(fields);
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                if (ended) { record = default; return false; }
                continue; // blank line
            }
            if (fields.Count == 0) { record = default; return false; }
            record = new CsvRecord(startLine, [.. fields]);
            return true;
        }
    }

    // Returns true when the input ended while reading this record.
    private bool ReadRecord(List<string> fields)
    {
        _field.Clear();
        var quoted = false;
        var inQuotes = false;
        var quoteLine = _line;
        while (true)
        {
            var next = _reader.Read();
            if (next < 0)
            {
                if (inQuotes)
                    throw new Parsing.ListFormatException(_fileName, quoteLine, "a quoted field is never closed");
                fields.Add(_field.ToString());
                return true;
            }
            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"') { _reader.Read(); Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') _line++;
                    Append(c);
                }
                continue;
            }
            if (c == _delimiter)
            {
                fields.Add(quoted ? _field.ToString() : _field.ToString().Trim());
                _field.Clear();
                quoted = false;
                continue;
            }
            if (c == '\r')
            {
                if (_reader.Peek() == '\n') continue;
                c = '\n';
            }
            if (c == '\n')
            {
                _line++;
                fields.Add(quoted ? _field.ToString() : _field.ToString().Trim());
                return false;
            }
            if (c == '"' && !quoted && IsBlank(_field))
            {
                _field.Clear();
                quoted = inQuotes = true;
                quoteLine = _line;
                continue;
            }
            Append(c);
        }
    }

    private void Append(char c)
    {
        if (_field.Length >= MaxFieldChars)
            throw new Parsing.ListFormatException(_fileName, _line, $"a field is longer than {MaxFieldChars:N0} characters (broken quoting?)");
        _field.Append(c);
    }

    private static bool IsBlank(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            if (!char.IsWhiteSpace(sb[i])) return false;
        }
        return true;
    }
}
