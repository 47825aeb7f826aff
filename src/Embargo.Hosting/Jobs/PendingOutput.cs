using System.Buffers;

namespace Embargo.Hosting.Jobs;

/// <summary>
/// A write-only stream that keeps what the batch pipeline writes until the flush is stored: a shared job stores
/// each flush as one chunk, in the transaction that saves its checkpoint.
/// </summary>
internal sealed class PendingOutput : Stream
{
    private readonly ArrayBufferWriter<byte> _pending = new(1 << 20);

    /// <summary>The bytes written since the last call, as a copy; the buffer is then empty.</summary>
    public byte[] Take()
    {
        var bytes = _pending.WrittenSpan.ToArray();
        _pending.ResetWrittenCount();
        return bytes;
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
