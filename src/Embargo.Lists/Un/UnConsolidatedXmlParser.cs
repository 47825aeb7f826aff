using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Un;

/// <summary>
/// The UN Security Council Consolidated List XML (<c>consolidated.xml</c>): root <c>&lt;CONSOLIDATED_LIST
/// dateGenerated="…"&gt;</c> holding <c>&lt;INDIVIDUALS&gt;&lt;INDIVIDUAL&gt;</c> and <c>&lt;ENTITIES&gt;&lt;ENTITY&gt;</c>.
/// </summary>
public sealed class UnConsolidatedXmlParser : IListParser
{
    public const string DefaultFileName = "consolidated.xml";

    private const string RootElement = "CONSOLIDATED_LIST";
    private const int RecordDepth = 2; // CONSOLIDATED_LIST / INDIVIDUALS / INDIVIDUAL

    private readonly string _fileName;

    /// <param name="fileName">The file to read from the set, when it is not the official <c>consolidated.xml</c>.</param>
    public UnConsolidatedXmlParser(string fileName = DefaultFileName) => _fileName = fileName;

    public string Format => "un-xml";

    public string Source => ListSources.UnSecurityCouncil;

    public async IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(files.Find(_fileName) ?? _fileName);
        using var reader = await OpenAsync(files, file, context).ConfigureAwait(false);
        var mapper = new UnEntryMapper(file, context);

        while (await NextRecordAsync(reader, file, cancellationToken).ConfigureAwait(false) is ({ } record, var line))
        {
            if (mapper.Map(record, line) is { } entry) yield return entry;
        }
    }

    /// <summary>Opens the file, checks the root element and takes the publication date from it.</summary>
    private async Task<XmlReader> OpenAsync(ListFileSet files, string file, ParseContext context)
    {
        var stream = files.Open(_fileName);
        XmlReader? reader = null;
        try
        {
            reader = SafeXml.CreateReader(stream);
            if (await reader.MoveToContentAsync().ConfigureAwait(false) != XmlNodeType.Element ||
                !string.Equals(reader.LocalName, RootElement, StringComparison.Ordinal))
            {
                throw new ListFormatException(file, SafeXml.LineOf(reader),
                    $"expected root element <{RootElement}> (UN Security Council consolidated list) but found <{reader.LocalName}>");
            }
            ReadDateGenerated(reader, file, context);
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

    private static void ReadDateGenerated(XmlReader reader, string file, ParseContext context)
    {
        var generated = reader.GetAttribute("dateGenerated");
        if (string.IsNullOrWhiteSpace(generated)) return;
        if (DateText.TryParsePublished(generated, [], out var at))
            context.PublishedAt = at;
        else
            context.Report(file, SafeXml.LineOf(reader), RootElement, $"unreadable dateGenerated '{generated}'");
    }

    /// <summary>The next INDIVIDUAL or ENTITY (any element at record depth), read whole, with its line; null at the end.</summary>
    private static async Task<(XElement Record, long? Line)?> NextRecordAsync(XmlReader reader, string file, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == RecordDepth)
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
                    return (record, line);
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
