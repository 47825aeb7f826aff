using System.Runtime.CompilerServices;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Eu;

/// <summary>
/// The EU Financial Sanctions Files, XML 1.1 (<c>xmlFullSanctionsList_1_1</c>): an <c>&lt;export&gt;</c> in the
/// namespace <c>http://eu.europa.ec/fpi/fsd/export</c> with a <c>generationDate</c>, holding one
/// <c>&lt;sanctionEntity&gt;</c> per listed person or enterprise, identified by its <c>logicalId</c> and cited by
/// its EU reference number (<c>EU.27.28</c>). Streams one entity at a time.
/// </summary>
public sealed class EuFsfXmlParser : IListParser
{
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    private const string RootElement = "export";
    private const string RecordElement = "sanctionEntity";
    private static readonly XmlListShape Shape = new(RootElement, "EU FSF XML 1.1") { Namespace = Namespace };

    private readonly string? _fileName;

    /// <param name="fileName">
    /// The file's name in the set. The EU serves the file under a download token rather than a stable
    /// name, so by default the set's only file is read.
    /// </param>
    public EuFsfXmlParser(string? fileName = null) => _fileName = fileName;

    public string Format => "eu-fsf-xml";

    public string Source => ListSources.EuFinancialSanctions;

    public async IAsyncEnumerable<ListEntry> ParseAsync(
        ListFileSet files, ParseContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = _fileName ?? OnlyFile(files);
        var entities = new EuFsfEntityReader(file, context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var (element, line) in XmlRecordReader.ReadAsync(files, file, Shape, root => ReadGenerationDate(root, file, context), cancellationToken))
        {
            if (element.Name.LocalName != RecordElement) continue;
            if (entities.Read(element, line) is not { } entry) continue;
            if (!seen.Add(entry.SourceId))
            {
                // Two records under one id cannot both be stored; the first one published stands.
                context.Report(file, line, RecordElement, $"logicalId {entry.SourceId} appears a second time; the later record is skipped");
                continue;
            }
            yield return entry;
        }
    }

    private static string OnlyFile(ListFileSet files) => files.Paths.Count == 1
        ? Path.GetFileName(files.Paths.First())
        : throw new ListFormatException("EU FSF", null,
            $"the list files hold {files.Paths.Count} files; name the EU FSF XML file to read");

    private static void ReadGenerationDate(XmlRecord root, string file, ParseContext context)
    {
        var generated = root.Element.Attribute("generationDate")?.Value;
        if (DateText.TryParsePublished(generated, [], out var date))
            context.PublishedAt = date;
        else
            context.Report(file, root.Line, RootElement, $"unreadable generationDate '{generated}'");
    }
}
