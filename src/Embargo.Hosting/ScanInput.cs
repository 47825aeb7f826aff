using System.Text;

namespace Embargo.Hosting;

/// <summary>
/// Reads the text to scan from bytes, the way documents really arrive: UTF-8 (with or without a BOM), UTF-16
/// with a BOM, else Windows-1252. Refuses what is not text (NUL bytes, many control characters) and what is too
/// large to hold, with a sentence saying which.
/// </summary>
public static class ScanInput
{
    /// <summary>The largest text accepted: 256 MB (about 50 s of scanning).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static async Task<string> ReadAsync(Stream stream, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > MaxBytes)
                throw new ScanInputException($"{what} is larger than {MaxBytes / (1024 * 1024)} MB; split it and scan the parts");
            memory.Write(buffer, 0, read);
        }
        return Decode(memory.GetBuffer().AsSpan(0, (int)memory.Length), what);
    }

    public static async Task<string> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"file '{path}' does not exist", path);
        if (info.Length > MaxBytes)
            throw new ScanInputException($"'{path}' is {info.Length / (1024 * 1024)} MB, larger than {MaxBytes / (1024 * 1024)} MB; split it and scan the parts");
        await using var stream = info.OpenRead();
        return await ReadAsync(stream, $"'{path}'", cancellationToken);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string what)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return RefuseBinary(encoding.GetString(bytes[2..]), what);
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) >= 0) throw new ScanInputException($"{what} is binary data (it holds NUL bytes), not text");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.Value.GetString(bytes);
        }
        return RefuseBinary(text, what);
    }

    // Text has few control characters besides line breaks and tabs; a file with many is something else.
    private static string RefuseBinary(string text, string what)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 1 << 16));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0') throw new ScanInputException($"{what} is binary data (it holds NUL characters), not text");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
        }
        if (sample.Length > 0 && controls > Math.Max(8, sample.Length / 100))
            throw new ScanInputException($"{what} does not look like text ({controls} control characters in its first {sample.Length} characters)");
        return text;
    }
}
