using System.Globalization;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Demo;

/// <summary>
/// Streams one <c>embargo-list/1</c> document: a buffer refilled from the stream, a
/// <see cref="Utf8JsonReader"/> resumed from its saved state, and one entry deserialized at a time once its
/// whole object is in the buffer. Only the current entry is held in memory.
/// </summary>
internal sealed class EmbargoListReader
{
    private const int InitialBufferBytes = 64 * 1024;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly string _file;
    private readonly string _expectedSource;
    private readonly ParseContext _context;
    private readonly EmbargoEntryValidator _validator;
    private readonly HashSet<string> _seenProperties = new(StringComparer.Ordinal);

    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;           // first byte not yet consumed
    private int _end;             // end of the bytes read so far
    private bool _endOfStream;
    private bool _bomChecked;
    private long _bytesRead;
    private long _line = 1;       // line of _buffer[_start]
    private JsonReaderState _state;
    private Part _part = Part.BeforeDocument;
    private string? _headerProperty;
    private int _entryIndex;

    private string? _format;
    private string? _source;
    private string? _title;
    private string? _notes;
    private string? _publishedAtText;
    private DateTimeOffset? _publishedAt;

    public EmbargoListReader(Stream stream, string file, string expectedSource, ParseContext context)
    {
        _stream = stream;
        _file = file;
        _expectedSource = expectedSource;
        _context = context;
        _validator = new EmbargoEntryValidator(file, expectedSource);
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
    }

    private enum Part { BeforeDocument, Header, HeaderValue, EntriesStart, Entries, AfterDocument }

    private enum Step { Continue, NeedMore, Entry, Done }

    public ListEntry? Current { get; private set; }

    /// <summary>The document's header as far as it has been read; complete once the reader is done.</summary>
    public EmbargoListHeader? Header => _format is null || _source is null ? null : new EmbargoListHeader
    {
        Format = _format, Source = _source, Title = _title, Notes = _notes,
        PublishedAtText = _publishedAtText, PublishedAt = _publishedAt,
    };

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (TryStep())
            {
                case Step.Entry:
                    return true;
                case Step.Done:
                    ReportDanglingRelations();
                    return false;
                case Step.NeedMore:
                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    // One token, or one whole entry, per call. A step that runs out of buffer commits nothing but the
    // whitespace before it, and is repeated after the next read.
    private Step TryStep()
    {
        if (!_bomChecked && !SkipBom()) return Step.NeedMore;
        var window = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(window, _endOfStream, _state);
        try
        {
            if (!reader.Read())
            {
                if (!_endOfStream)
                {
                    Commit(window, ref reader); // whitespace skipped so far, so long runs of it stream through
                    return Step.NeedMore;
                }
                if (_part != Part.AfterDocument) throw Error(_line, "the document ends before it is complete");
                return Step.Done;
            }
            if (_part == Part.Entries && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                if (!reader.TrySkip()) return Step.NeedMore; // uncommitted: the entry is read again from its start
                var line = _line + window[..start].Count((byte)'\n');
                Current = ReadEntry(window[start..(int)reader.BytesConsumed], line);
                Commit(window, ref reader);
                return Step.Entry;
            }
            Accept(ref reader, _line + window[..(int)reader.TokenStartIndex].Count((byte)'\n'));
            Commit(window, ref reader);
            return Step.Continue;
        }
        catch (JsonException e)
        {
            // The reader state carries line numbers across refills, so these are lines of the whole file.
            throw new ListFormatException(_file, e.LineNumber + 1, "malformed JSON: " + Readable(e.Message), e);
        }
    }

    private void Commit(ReadOnlySpan<byte> window, ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        _line += window[..consumed].Count((byte)'\n');
        _start += consumed;
        _state = reader.CurrentState;
    }

    private bool SkipBom()
    {
        if (_end - _start < Utf8Bom.Length && !_endOfStream) return false;
        if (_buffer.AsSpan(_start, _end - _start).StartsWith(Utf8Bom)) _start += Utf8Bom.Length;
        _bomChecked = true;
        return true;
    }

    private void Accept(ref Utf8JsonReader reader, long line)
    {
        switch (_part)
        {
            case Part.BeforeDocument:
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw Error(line, $"not an {EmbargoListFormat.FormatId} document: it must be a JSON object");
                _part = Part.Header;
                break;
            case Part.Header when reader.TokenType == JsonTokenType.EndObject:
                CheckHeaderComplete(line);
                _part = Part.AfterDocument;
                break;
            case Part.Header:
                AcceptHeaderProperty(ReadString(ref reader, line), line);
                break;
            case Part.HeaderValue:
                if (reader.TokenType != JsonTokenType.String) throw Error(line, $"\"{_headerProperty}\" must be a string");
                AcceptHeaderValue(_headerProperty!, ReadString(ref reader, line), line);
                _part = Part.Header;
                break;
            case Part.EntriesStart:
                if (reader.TokenType != JsonTokenType.StartArray) throw Error(line, "\"entries\" must be an array");
                _part = Part.Entries;
                break;
            case Part.Entries when reader.TokenType == JsonTokenType.EndArray:
                _part = Part.Header;
                break;
            case Part.Entries:
                throw Error(line, $"entry {_entryIndex} must be a JSON object, not {reader.TokenType}");
            default:
                throw Error(line, "unexpected content after the document");
        }
    }

    private void AcceptHeaderProperty(string name, long line)
    {
        if (!_seenProperties.Add(name)) throw Error(line, $"property \"{name}\" appears twice");
        if (string.Equals(name, "entries", StringComparison.Ordinal))
        {
            // Entries are checked against the header as they stream, so it must come first.
            if (_format is null) throw Error(line, $"not an {EmbargoListFormat.FormatId} document: \"format\" must come before \"entries\"");
            if (_source is null) throw Error(line, "\"source\" must come before \"entries\"");
            _part = Part.EntriesStart;
            return;
        }
        if (!EmbargoListFormat.HeaderProperties.Contains(name, StringComparer.Ordinal))
        {
            throw Error(line, $"unknown property \"{name}\"; a document has {string.Join(", ", EmbargoListFormat.HeaderProperties)} and entries");
        }
        _headerProperty = name;
        _part = Part.HeaderValue;
    }

    private void AcceptHeaderValue(string name, string value, long line)
    {
        switch (name)
        {
            case "format":
                if (!string.Equals(value, EmbargoListFormat.FormatId, StringComparison.Ordinal))
                    throw Error(line, $"format is \"{value}\", expected \"{EmbargoListFormat.FormatId}\"");
                _format = value;
                break;
            case "source":
                if (!EmbargoListFormat.IsValidSource(value))
                    throw Error(line, $"source \"{value}\" is neither a known source nor a custom id of the form [a-z][a-z0-9-]{{1,40}}");
                if (!string.Equals(value, _expectedSource, StringComparison.Ordinal))
                    throw Error(line, $"the document declares source \"{value}\" but was opened as source \"{_expectedSource}\"");
                _source = value;
                break;
            case "published_at":
                _publishedAt = ParsePublishedAt(value) ?? throw Error(line, $"published_at \"{value}\" is not a date (yyyy-MM-dd) or an ISO 8601 timestamp");
                _publishedAtText = value;
                _context.PublishedAt = _publishedAt;
                break;
            case "title":
                _title = value;
                break;
            case "notes":
                _notes = value;
                break;
        }
    }

    private void CheckHeaderComplete(long line)
    {
        if (_format is null) throw Error(line, $"not an {EmbargoListFormat.FormatId} document: \"format\" is missing");
        if (_source is null) throw Error(line, "\"source\" is missing");
        if (!_seenProperties.Contains("entries")) throw Error(line, "\"entries\" is missing");
    }

    private ListEntry ReadEntry(ReadOnlySpan<byte> json, long line)
    {
        var index = _entryIndex++;
        ListEntry entry;
        try
        {
            entry = JsonSerializer.Deserialize<ListEntry>(json, EmbargoListFormat.EntryOptions)!;
        }
        catch (JsonException e)
        {
            // Positions in e are relative to the entry's own text.
            var path = e.Path is { Length: > 1 } p ? $"$.entries[{index}]{p[1..]}" : $"$.entries[{index}]";
            throw new ListFormatException(_file, line + (e.LineNumber ?? 0), $"entry {index} at {path}: {Readable(e.Message)}", e);
        }
        return _validator.Complete(entry, index, line);
    }

    private string ReadString(ref Utf8JsonReader reader, long line)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException e)
        {
            throw Error(line, "text is not valid UTF-8", e);
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_endOfStream) throw Error(_line, "the document ends before it is complete");
        var pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= EmbargoListFormat.MaxEntryBytes)
                throw Error(_line, string.Create(CultureInfo.InvariantCulture, $"entry {_entryIndex} (or one value) is over {EmbargoListFormat.MaxEntryBytes:N0} bytes"));
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, EmbargoListFormat.MaxEntryBytes));
        }
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _endOfStream = true;
            return;
        }
        _bytesRead += read;
        if (_bytesRead > EmbargoListFormat.MaxDocumentBytes)
            throw Error(null, string.Create(CultureInfo.InvariantCulture, $"document is over the {EmbargoListFormat.MaxDocumentBytes:N0}-byte limit"));
        _end += read;
    }

    private void ReportDanglingRelations()
    {
        foreach (var (from, target) in _validator.DanglingRelations())
            _context.Report(_file, null, from, $"relation target \"{target}\" is not an entry of this list");
    }

    private static DateTimeOffset? ParsePublishedAt(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date, TimeOnly.MinValue, TimeSpan.Zero);
        return text.Length > 10 && text[10] == 'T' &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;
    }

    // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 3." to some messages (the exception
    // we throw states the position in the whole file instead), and speaks to .NET developers; list authors
    // read these, so the namespace and the advice about nullability annotations go.
    private static string Readable(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0) at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        if (at >= 0) message = message[..at];
        return message
            .Replace("Embargo.Core.Model.", "", StringComparison.Ordinal)
            .Replace(" Consider updating its nullability annotation.", "", StringComparison.Ordinal);
    }

    private ListFormatException Error(long? line, string message, Exception? inner = null) => new(_file, line, message, inner);
}
