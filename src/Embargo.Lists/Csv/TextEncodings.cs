using System.Text;

namespace Embargo.Lists.Csv;

/// <summary>Opens text the way list files are really encoded.</summary>
internal static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, which OFAC's CSV files use in the wild.</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>
    /// A reader that honours a UTF-8 BOM, reads valid UTF-8 as UTF-8, and otherwise falls back to
    /// Windows-1252 (so "Ã©" never appears where "é" was meant).
    /// </summary>
    public static StreamReader OpenLegacyText(Stream stream)
    {
        var buffered = stream.CanSeek ? stream : Buffer(stream);
        var encoding = LooksLikeUtf8(buffered) ? new UTF8Encoding(false) : Windows1252;
        buffered.Position = 0;
        return new StreamReader(buffered, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        memory.Position = 0;
        return memory;
    }

    // Strict UTF-8 decoding of the whole stream: any invalid sequence means a legacy code page.
    private static bool LooksLikeUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[1 << 17];
        int read;
        try
        {
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
