using System.Text;

namespace Embargo.Hosting.Batch;

/// <summary>
/// How input files are decoded: UTF-8 (with or without a BOM), and any byte that is not valid UTF-8 read as
/// Windows-1252, as spreadsheets export it. Deciding byte by byte, rather than for the whole file up front as
/// list imports do, keeps batch input a single streaming pass.
/// </summary>
public static class BatchTextDecoding
{
    static BatchTextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Encoding { get; } = CreateEncoding();

    /// <summary>A reader over <paramref name="stream"/> that skips a UTF-8 BOM and decodes as described above.</summary>
    public static StreamReader Open(Stream stream, bool leaveOpen = false) =>
        new(stream, Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: leaveOpen);

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new Windows1252Fallback(Encoding.GetEncoding(1252)));
    }

    private sealed class Windows1252Fallback(Encoding windows1252) : DecoderFallback
    {
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(windows1252);

        private sealed class Buffer(Encoding windows1252) : DecoderFallbackBuffer
        {
            private readonly char[] _chars = new char[8];
            private int _count;
            private int _next;

            public override int Remaining => _count - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _count = windows1252.GetChars(bytesUnknown, 0, Math.Min(bytesUnknown.Length, _chars.Length), _chars, 0);
                _next = 0;
                return _count > 0;
            }

            public override char GetNextChar() => _next < _count ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0) return false;
                _next--;
                return true;
            }

            public override void Reset()
            {
                _count = 0;
                _next = 0;
            }
        }
    }
}
