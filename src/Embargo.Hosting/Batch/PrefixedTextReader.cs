namespace Embargo.Hosting.Batch;

/// <summary>A reader that first replays text already read from the start of another (to sniff it), then goes on reading it.</summary>
internal sealed class PrefixedTextReader(char[] prefix, int prefixLength, TextReader rest) : TextReader
{
    private int _position;

    public override int Peek() => _position < prefixLength ? prefix[_position] : rest.Peek();

    public override int Read() => _position < prefixLength ? prefix[_position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position >= prefixLength) return rest.Read(buffer);
        var n = Math.Min(buffer.Length, prefixLength - _position);
        prefix.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
