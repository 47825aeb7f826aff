using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Uk;

/// <summary>
/// The FCDO's UK Sanctions List in XML (<c>UK-Sanctions-List.xml</c>), which replaced OFSI's Consolidated
/// List in January 2026: <c>&lt;Designations&gt;</c> with a <c>&lt;DateGenerated&gt;</c> (dd/mm/yyyy) and one
/// <c>&lt;Designation&gt;</c> per designated person, entity or ship, identified by its <c>UniqueID</c>
/// (<c>RUS0001</c>). Designations made before 2026 also carry their historic <c>OFSIGroupID</c>, kept as an
/// attribute so that a hit can be reconciled with OFSI-era records.
/// </summary>
public sealed class UkSanctionsListXmlParser : IListParser
{
    public const string DefaultFileName = "UK-Sanctions-List.xml";

    private const string RecordElement = "Designation";
    private static readonly XmlListShape Shape = new("Designations", "UK Sanctions List");

    private readonly string _fileName;

    public UkSanctionsListXmlParser(string fileName = DefaultFileName) => _fileName = fileName;

    public string Format => "uk-fcdo-xml";

    public string Source => ListSources.UkSanctionsList;

    public async IAsyncEnumerable<ListEntry> ParseAsync(
        ListFileSet files, ParseContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var (element, line) in XmlRecordReader.ReadAsync(files, _fileName, Shape, cancellationToken: cancellationToken))
        {
            if (element.Name.LocalName == "DateGenerated")
            {
                if (UkDates.TryParsePublished(element.Value, out var generated)) context.PublishedAt = generated;
                else context.Report(_fileName, line, "DateGenerated", $"unreadable generation date '{element.Value}'");
                continue;
            }
            if (element.Name.LocalName != RecordElement) continue;
            if (ToEntry(element, line, context, seen) is { } entry) yield return entry;
        }
    }

    private ListEntry? ToEntry(XElement designation, long? line, ParseContext context, HashSet<string> seen)
    {
        var id = UkText.Clean(designation.Elements().FirstOrDefault(e => e.Name.LocalName == "UniqueID")?.Value);
        if (id is null)
        {
            context.ReportMalformedRecord(_fileName, line, RecordElement, "designation without a UniqueID; skipped");
            return null;
        }
        if (!seen.Add(id))
        {
            context.Report(_fileName, line, RecordElement, $"UniqueID {id} appears a second time; the later designation is skipped");
            return null;
        }
        var entry = new UkEntryBuilder(id, context, _fileName, line);
        Walk(designation, entry);
        return entry.Build(Source);
    }

    // Containers (<Names>, <IndividualDetails>, <DOBs>...) are walked through; groups that make one fact
    // from several children are read whole; every other leaf is one fact.
    private static void Walk(XElement element, UkEntryBuilder entry)
    {
        foreach (var child in element.Elements())
        {
            // Issues about this fact name its own line.
            if (child is IXmlLineInfo info && info.HasLineInfo()) entry.Line = info.LineNumber;
            switch (child.Name.LocalName)
            {
                case "Name":
                    entry.AddName(
                        [Text(child, "Name1"), Text(child, "Name2"), Text(child, "Name3"), Text(child, "Name4"), Text(child, "Name5"), Text(child, "Name6")],
                        Text(child, "NameType"), Text(child, "AliasStrength"), title: null);
                    break;
                case "NonLatinName":
                    entry.AddNonLatinName(Text(child, "NameNonLatinScript"), Text(child, "NonLatinScriptType"), Text(child, "NonLatinScriptLanguage"));
                    break;
                case "Address":
                    entry.AddAddress(
                        [Text(child, "AddressLine1"), Text(child, "AddressLine2"), Text(child, "AddressLine3"), Text(child, "AddressLine4"), Text(child, "AddressLine5"), Text(child, "AddressLine6")],
                        Text(child, "AddressPostalCode"), Text(child, "AddressCountry"));
                    break;
                case "Location":
                    entry.AddBirthPlace(Text(child, "TownOfBirth"), Text(child, "CountryOfBirth"));
                    break;
                case "Passport":
                    entry.AddDocument(UkLabels.Passport, Text(child, "PassportNumber"), Text(child, "PassportAdditionalInformation"));
                    break;
                case "NationalIdentifier":
                    entry.AddDocument(UkLabels.NationalIdentifier, Text(child, "NationalIdentifierNumber"), Text(child, "NationalIdentifierAdditionalInformation"));
                    break;
                default:
                    if (child.HasElements) Walk(child, entry);
                    else UkDesignationFacts.Add(entry, child.Name.LocalName, child.Value);
                    break;
            }
        }
    }

    private static string? Text(XElement parent, string child) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == child)?.Value;
}
