using Embargo.Core.Model;
using Embargo.Lists.Bis;
using Embargo.Lists.Demo;
using Embargo.Lists.Eu;
using Embargo.Lists.Ofac;
using Embargo.Lists.Parsing;
using Embargo.Lists.Uk;
using Embargo.Lists.Un;

namespace Embargo.Lists.Import;

/// <summary>The parser for a detected format, given the main file's name and an optional forced source.</summary>
internal static class ParserFactory
{
    public static IListParser Create(ListFormat format, string? source, string mainFile)
    {
        var fileName = Path.GetFileName(mainFile);
        return format switch
        {
            ListFormat.OfacSdnCsv when string.Equals(source, ListSources.OfacConsolidated, StringComparison.Ordinal) =>
                new OfacConsolidatedCsvParser(fileName),
            ListFormat.OfacSdnCsv => new OfacSdnCsvParser(fileName),
            ListFormat.OfacConsolidatedCsv => new OfacConsolidatedCsvParser(fileName),
            ListFormat.OfacXml => new OfacXmlParser(source ?? GuessOfacXmlSource(fileName), fileName),
            ListFormat.UnXml => new UnConsolidatedXmlParser(fileName),
            ListFormat.EuFsfXml => new EuFsfXmlParser(fileName),
            ListFormat.UkOfsiCsv => new UkOfsiConListCsvParser(fileName),
            ListFormat.UkSanctionsListXml => new UkSanctionsListXmlParser(fileName),
            ListFormat.UkSanctionsListCsv => new UkSanctionsListCsvParser(fileName),
            ListFormat.BisDpl => new BisDplParser(fileName),
            ListFormat.EmbargoJson => new EmbargoJsonListParser(fileName, source ?? FormatSniffer.ReadJsonSource(mainFile) ?? ListSources.Demo),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    // OFAC publishes the SDN and the consolidated list in the same XML schema; only the name tells them apart.
    private static string GuessOfacXmlSource(string fileName) =>
        fileName.Contains("cons", StringComparison.OrdinalIgnoreCase) ? ListSources.OfacConsolidated : ListSources.OfacSdn;
}
