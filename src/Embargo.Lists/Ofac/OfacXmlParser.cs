using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// OFAC's legacy XML (<c>SDN.XML</c>, <c>CONSOLIDATED.XML</c>): root <c>&lt;sdnList&gt;</c> with
/// <c>&lt;publshInformation&gt;</c> and one <c>&lt;sdnEntry&gt;</c> per party. Elements are matched by local
/// name, so both the old <c>http://tempuri.org/sdnList.xsd</c> namespace and the Sanctions List Service's are read.
/// </summary>
public sealed class OfacXmlParser : IListParser
{
    public const string SdnFileName = "sdn.xml";
    public const string ConsolidatedFileName = "consolidated.xml";

    private const string EntryElement = "sdnEntry";
    private static readonly XmlListShape Shape = new("sdnList", "OFAC SDN/Consolidated XML");

    private readonly string _fileName;

    /// <param name="source"><see cref="ListSources.OfacSdn"/> or <see cref="ListSources.OfacConsolidated"/>.</param>
    /// <param name="fileName">The file to read from the set; defaults to the official name for the source.</param>
    public OfacXmlParser(string source = ListSources.OfacSdn, string? fileName = null)
    {
        if (source is not (ListSources.OfacSdn or ListSources.OfacConsolidated))
            throw new ArgumentException($"'{source}' is not an OFAC source.", nameof(source));
        Source = source;
        _fileName = fileName ?? (source == ListSources.OfacSdn ? SdnFileName : ConsolidatedFileName);
    }

    public string Format => "ofac-xml";

    public string Source { get; }

    public async IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(files.Find(_fileName) ?? _fileName);
        var mapper = new OfacXmlEntryMapper(Source, file, context);
        long? recordCount = null;
        var parsed = 0;

        await foreach (var (record, line) in XmlRecordReader.ReadAsync(files, file, Shape, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (record.Name.LocalName)
            {
                case EntryElement:
                    if (mapper.Map(record, line) is { } entry)
                    {
                        parsed++;
                        yield return entry;
                    }
                    break;
                case "publshInformation" or "publishInformation":
                    recordCount = ReadPublishInformation(record, file, line, context);
                    break;
                default:
                    context.Report(file, line, record.Name.LocalName, "unexpected element ignored");
                    break;
            }
        }

        // A well-formed file that lost entries on the way still says how many it should hold.
        if (recordCount is { } expected && expected != parsed)
            context.Report(file, null, "Record_Count", $"file states {expected:N0} records but {parsed:N0} entries were read");
    }

    private static long? ReadPublishInformation(XElement info, string file, long? line, ParseContext context)
    {
        if (info.Text("Publish_Date") is { } published)
        {
            // OFAC writes MM/dd/yyyy; ISO is accepted too.
            if (DateText.TryParsePublished(published, ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"], out var date)) context.PublishedAt = date;
            else context.Report(file, line, "Publish_Date", $"unreadable publication date '{published}'");
        }
        return long.TryParse(info.Text("Record_Count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }
}
