using System.Runtime.CompilerServices;
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

    // CONSOLIDATED_LIST / INDIVIDUALS / INDIVIDUAL: every element at record depth is an INDIVIDUAL or an ENTITY.
    private static readonly XmlListShape Shape = new(RootElement, "UN Security Council consolidated list") { RecordDepth = 2 };

    private readonly string _fileName;

    /// <param name="fileName">The file to read from the set, when it is not the official <c>consolidated.xml</c>.</param>
    public UnConsolidatedXmlParser(string fileName = DefaultFileName) => _fileName = fileName;

    public string Format => "un-xml";

    public string Source => ListSources.UnSecurityCouncil;

    public async IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(files.Find(_fileName) ?? _fileName);
        var mapper = new UnEntryMapper(file, context);
        var records = XmlRecordReader.ReadAsync(files, file, Shape, root => ReadDateGenerated(root, file, context), cancellationToken);

        await foreach (var (record, line) in records.ConfigureAwait(false))
        {
            if (mapper.Map(record, line) is { } entry) yield return entry;
        }
    }

    private static void ReadDateGenerated(XmlRecord root, string file, ParseContext context)
    {
        var generated = root.Element.Attribute("dateGenerated")?.Value;
        if (string.IsNullOrWhiteSpace(generated)) return;
        if (DateText.TryParsePublished(generated, [], out var at))
            context.PublishedAt = at;
        else
            context.Report(file, root.Line, RootElement, $"unreadable dateGenerated '{generated}'");
    }
}
