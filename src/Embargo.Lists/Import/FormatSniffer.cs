using System.Text;
using System.Text.Json;
using System.Xml;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Import;

/// <summary>
/// Recognises a single list file by its content, not its name: the XML root element, the JSON format tag,
/// or the header line of delimited text. Reads only the first few kilobytes.
/// </summary>
internal static class FormatSniffer
{
    private const int SniffBytes = 64 * 1024;

    public static ListFormat? Sniff(string path)
    {
        var head = ReadHead(path);
        var text = Decode(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<')) return SniffXml(path);
        if (text.StartsWith('{')) return SniffJson(head);
        return SniffDelimited(text);
    }

    /// <summary>The <c>source</c> property of an Embargo JSON list, read without loading the file.</summary>
    public static string? ReadJsonSource(string path)
    {
        var head = ReadHead(path);
        var reader = new Utf8JsonReader(head, isFinalBlock: false, state: default);
        var depth = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray: depth++; break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray: depth--; break;
                    case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals("source"):
                        return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static ListFormat? SniffXml(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = SafeXml.CreateReader(stream);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                return reader.LocalName switch
                {
                    "sdnList" => ListFormat.OfacXml,
                    "CONSOLIDATED_LIST" => ListFormat.UnXml,
                    "export" when reader.NamespaceURI.Contains("fsd", StringComparison.OrdinalIgnoreCase) => ListFormat.EuFsfXml,
                    "Designations" or "ArrayOfFinancialSanctionsTarget" => ListFormat.UkSanctionsListXml,
                    _ => null,
                };
            }
        }
        catch (XmlException e)
        {
            throw SafeXml.Malformed(path, e);
        }
        return null;
    }

    private static ListFormat? SniffJson(byte[] head) =>
        Encoding.UTF8.GetString(head).Contains("\"embargo-list/", StringComparison.Ordinal) ? ListFormat.EmbargoJson : null;

    private static ListFormat? SniffDelimited(string text)
    {
        var firstLine = FirstLine(text);
        if (firstLine.Contains("Street_Address", StringComparison.OrdinalIgnoreCase) &&
            firstLine.Contains("FR_Citation", StringComparison.OrdinalIgnoreCase))
            return ListFormat.BisDpl;
        if (firstLine.StartsWith("Last Updated", StringComparison.OrdinalIgnoreCase) ||
            firstLine.StartsWith("Name 6,", StringComparison.OrdinalIgnoreCase))
            return ListFormat.UkOfsiCsv;
        if (firstLine.Contains("Unique ID", StringComparison.OrdinalIgnoreCase) &&
            firstLine.Contains("OFSI Group ID", StringComparison.OrdinalIgnoreCase))
            return ListFormat.UkSanctionsListCsv;
        if (text.StartsWith("Report Date", StringComparison.OrdinalIgnoreCase) && text.Contains("Unique ID", StringComparison.OrdinalIgnoreCase))
            return ListFormat.UkSanctionsListCsv;
        // An OFAC main file has no header: ent_num, "name", type, programs, … (12 columns).
        var comma = firstLine.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && firstLine[..comma].All(char.IsAsciiDigit) && firstLine.Contains("-0-", StringComparison.Ordinal))
            return ListFormat.OfacSdnCsv;
        return null;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(SniffBytes, Math.Max(0, stream.Length))];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        return buffer[..total];
    }

    private static string Decode(byte[] head)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(head);
        }
        catch (DecoderFallbackException)
        {
            return Csv.TextEncodings.Windows1252.GetString(head);
        }
    }
}
