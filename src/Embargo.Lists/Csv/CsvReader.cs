using System.Buffers;
using System.Text;

namespace Embargo.Lists.Csv;

/// <summary>
/// A streaming reader for delimited text as governments publish it: RFC 4180 quoting with doubled quotes,
/// line breaks inside quoted fields, CRLF or LF, any delimiter. Lenient where the files are (stray quotes
/// inside unquoted fields are kept as text) and strict where it matters (an unterminated quote or an
/// oversized field is an error naming the line). A DOS end-of-file mark (Ctrl-Z, 0x1A) or other control-character
/// junk alone on a line, as OFAC's files end with, reads as a blank line.
/// </summary>
internal sealed class CsvReader
{
    /// <summary>No official field comes near this; a longer one means a broken quote.</summary>
    public const int MaxFieldChars = 1 << 20;

    private const int BufferChars = 1 << 16;

    // Inside quotes only a quote (closing or doubled) and line breaks (to count lines) need a look.
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly string _fileName;
    private readonly SearchValues<char> _unquotedStops;
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private readonly char[] _buffer = new char[BufferChars];
    private int _position;
    private int _end;
    private long _line = 1;

    public CsvReader(TextReader reader, string fileName, char delimiter = ',')
    {
        _reader = reader;
        _fileName = fileName;
        _delimiter = delimiter;
        _unquotedStops = SearchValues.Create([delimiter, '"', '\r', '\n']);
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
        while (true)
        {
            var startLine = _line;
            _fields.Clear();
            var ended = ReadRecord(_fields);
            if (_fields.Count == 1 && IsBlankOrJunk(_fields[0]))
            {
                if (ended) { record = default; return false; }
                continue; // blank line
            }
            if (_fields.Count == 0) { record = default; return false; }
            record = new CsvRecord(startLine, [.. _fields]);
            return true;
        }
    }

    // Returns true when the input ended while reading this record. Runs of ordinary characters are found with a
    // vectorised search and appended at once; only delimiters, quotes and line breaks are looked at one by one.
    private bool ReadRecord(List<string> fields)
    {
        _field.Clear();
        var quoted = false;
        var inQuotes = false;
        var quoteLine = _line;
        while (true)
        {
            if (_position == _end && !Fill())
            {
                if (inQuotes)
                    throw new Parsing.ListFormatException(_fileName, quoteLine, "a quoted field is never closed");
                // The last line may lack its line break: its unquoted field is trimmed like any other.
                fields.Add(quoted ? _field.ToString() : _field.ToString().Trim());
                return true;
            }

            var pending = _buffer.AsSpan(_position, _end - _position);
            var stop = pending.IndexOfAny(inQuotes ? QuotedStops : _unquotedStops);
            var run = stop < 0 ? pending : pending[..stop];
            if (!run.IsEmpty)
            {
                AppendRun(run, skipPadding: quoted && !inQuotes);
                _position += run.Length;
                if (stop < 0) continue;
            }

            var c = _buffer[_position++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"') { _position++; Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n' || (c == '\r' && Peek() != '\n')) _line++;
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
                if (Peek() == '\n') continue;
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

    private bool Fill()
    {
        _position = 0;
        _end = _reader.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private int Peek() => _position < _end || Fill() ? _buffer[_position] : -1;

    // After a closing quote only the delimiter or the line end is expected: spaces before them are padding.
    private void AppendRun(ReadOnlySpan<char> run, bool skipPadding)
    {
        if (!skipPadding)
        {
            if (_field.Length + run.Length > MaxFieldChars) TooLong();
            _field.Append(run);
            return;
        }
        foreach (var c in run)
        {
            if (c is not (' ' or '\t')) Append(c);
        }
    }

    private void Append(char c)
    {
        if (_field.Length >= MaxFieldChars) TooLong();
        _field.Append(c);
    }

    private void TooLong() =>
        throw new Parsing.ListFormatException(_fileName, _line, $"a field is longer than {MaxFieldChars:N0} characters (broken quoting?)");

    // A lone field of control characters (Ctrl-Z, NUL padding) is junk, not data.
    private static bool IsBlankOrJunk(string field)
    {
        foreach (var c in field)
        {
            if (!char.IsControl(c) && !char.IsWhiteSpace(c)) return false;
        }
        return true;
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
