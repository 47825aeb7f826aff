using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;

namespace Embargo.Lists.Parsing;

/// <summary>
/// Streams an XML list file one record at a time: opens it through <see cref="SafeXml"/>, checks the root
/// element, then reads each element at the record depth whole into an <see cref="XElement"/> with line
/// information. Malformed XML anywhere, up to the end of the file, becomes a <see cref="ListFormatException"/>.
/// Parsers keep only their own mapping of the records.
/// </summary>
internal static class XmlRecordReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <param name="files">The set holding the file.</param>
    /// <param name="fileName">The file to read, also the name errors are reported under.</param>
    /// <param name="shape">The root element expected and the depth of the records.</param>
    /// <param name="readRoot">
    /// Called once, before the first record, with the root element's attributes (no children), for a
    /// publication date stated there.
    /// </param>
    /// <param name="cancellationToken">Checked at every node.</param>
    public static async IAsyncEnumerable<XmlRecord> ReadAsync(
        ListFileSet files, string fileName, XmlListShape shape, Action<XmlRecord>? readRoot = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = await OpenAsync(files, fileName, shape).ConfigureAwait(false);
        readRoot?.Invoke(RootOf(reader));
        while (await NextRecordAsync(reader, fileName, shape.RecordDepth, cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    private static async Task<XmlReader> OpenAsync(ListFileSet files, string file, XmlListShape shape)
    {
        var stream = files.Open(file);
        XmlReader? reader = null;
        try
        {
            reader = SafeXml.CreateReader(stream);
            if (await reader.MoveToContentAsync().ConfigureAwait(false) != XmlNodeType.Element || !IsRoot(reader, shape))
                throw new ListFormatException(file, SafeXml.LineOf(reader), Mismatch(reader, shape));
            return reader;
        }
        catch (Exception e)
        {
            if (reader is null) await stream.DisposeAsync().ConfigureAwait(false);
            else reader.Dispose();
            if (e is XmlException xml) throw SafeXml.Malformed(file, xml);
            throw;
        }
    }

    private static bool IsRoot(XmlReader reader, XmlListShape shape) =>
        string.Equals(reader.LocalName, shape.Root, StringComparison.Ordinal) &&
        (shape.Namespace is null || string.Equals(reader.NamespaceURI, shape.Namespace, StringComparison.Ordinal));

    private static string Mismatch(XmlReader reader, XmlListShape shape) => shape.Namespace is null
        ? $"expected root element <{shape.Root}> ({shape.Description}) but found <{reader.LocalName}>"
        : $"expected root element <{shape.Root}> in '{shape.Namespace}' ({shape.Description}) but found <{reader.LocalName}> in '{reader.NamespaceURI}'";

    // The root's attributes only: its children are the records, read one by one.
    private static XmlRecord RootOf(XmlReader reader)
    {
        var root = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        var line = SafeXml.LineOf(reader);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != XmlnsNamespace) root.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return new XmlRecord(root, line);
    }

    /// <summary>The next element at <paramref name="depth"/>, read whole, with its line; null at the end of the document.</summary>
    private static async Task<XmlRecord?> NextRecordAsync(XmlReader reader, string file, int depth, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth)
                {
                    var line = SafeXml.LineOf(reader);
                    XElement record;
                    // Through a subtree reader so every element keeps its line for the issues reported on it.
                    // One record is a few kilobytes, mostly already in the reader's buffer: loading it
                    // synchronously takes half the CPU time of LoadAsync, which awaits every node.
                    using (var subtree = reader.ReadSubtree())
                    {
                        record = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }
                    await reader.ReadAsync().ConfigureAwait(false); // past the record's end tag
                    return new XmlRecord(record, line);
                }
                // Read on to the end of the file, so a missing closing tag or trailing junk is caught.
                if (!await reader.ReadAsync().ConfigureAwait(false)) return null;
            }
        }
        catch (XmlException e)
        {
            throw SafeXml.Malformed(file, e);
        }
    }
}
