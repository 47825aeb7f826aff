using System.Xml;

namespace Embargo.Lists.Parsing;

/// <summary>
/// The only way list parsers open XML: no DTDs, no external entities, bounded size, async, with line info
/// for error messages.
/// </summary>
public static class SafeXml
{
    /// <summary>Generous for the largest official files (EU FSF is ~25 MB); a billion-laughs file hits it fast.</summary>
    public const long MaxCharactersInDocument = 512L * 1024 * 1024;

    public static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    });

    /// <summary>The reader's current line, or null when it does not track lines.</summary>
    public static long? LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>Wraps an <see cref="XmlException"/> as a <see cref="ListFormatException"/> naming the file and line.</summary>
    public static ListFormatException Malformed(string file, XmlException e) =>
        new(file, e.LineNumber > 0 ? e.LineNumber : null, "malformed XML: " + e.Message, e);
}
