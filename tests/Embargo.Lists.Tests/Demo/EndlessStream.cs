using System.Text;

namespace Embargo.Lists.Tests.Demo;

/// <summary>A prefix followed by one byte repeated forever: a document that never ends, without the memory.</summary>
internal sealed class EndlessStream(string prefix, char filler) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var span = buffer.AsSpan(offset, count);
        var fromPrefix = (int)Math.Clamp(_prefix.Length - _position, 0, count);
        _prefix.AsSpan((int)Math.Min(_position, _prefix.Length), fromPrefix).CopyTo(span);
        span[fromPrefix..].Fill((byte)filler);
        _position += count;
        return count;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
