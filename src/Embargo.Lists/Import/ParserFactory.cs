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
            ListFormat.OfacSdnCsv => (source ?? GuessOfacSource(fileName)) switch
            {
                ListSources.OfacSdn => new OfacSdnCsvParser(fileName),
                ListSources.OfacConsolidated => new OfacConsolidatedCsvParser(fileName),
                null => throw new ListFormatException(mainFile, null,
                    "an OFAC CSV file under an unofficial name: say which list it is with --source us-ofac-sdn or --source us-ofac-cons"),
                var other => throw new ListFormatException(mainFile, null, $"this is an OFAC CSV file, not {other}"),
            },
            ListFormat.OfacConsolidatedCsv => new OfacConsolidatedCsvParser(fileName),
            ListFormat.OfacXml => new OfacXmlParser(source ?? GuessOfacSource(fileName) ?? ListSources.OfacSdn, fileName),
            ListFormat.UnXml => new UnConsolidatedXmlParser(fileName),
            ListFormat.EuFsfXml => new EuFsfXmlParser(fileName),
            ListFormat.UkOfsiCsv => new UkOfsiConListCsvParser(fileName),
            ListFormat.UkSanctionsListXml => new UkSanctionsListXmlParser(fileName),
            ListFormat.UkSanctionsListCsv => new UkSanctionsListCsvParser(fileName),
            ListFormat.BisDpl => new BisDplParser(fileName),
            ListFormat.EmbargoJson => CreateEmbargoJson(mainFile, source ?? FormatSniffer.ReadJsonSource(mainFile) ?? ListSources.Demo),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    // OFAC publishes the SDN and the consolidated list in the same formats; only the file name tells them apart.
    private static string? GuessOfacSource(string fileName) =>
        fileName.Contains("cons", StringComparison.OrdinalIgnoreCase) ? ListSources.OfacConsolidated
        : fileName.Contains("sdn", StringComparison.OrdinalIgnoreCase) ? ListSources.OfacSdn
        : null;

    // Official lists come only from their publishers' formats: a hand-made JSON file must never stand in for one.
    private static EmbargoJsonListParser CreateEmbargoJson(string mainFile, string source) =>
        ListSources.IsOfficial(source)
            ? throw new ListFormatException(mainFile, null,
                $"an Embargo JSON list cannot fill the official source {source}; import the publisher's own files for it")
            : new EmbargoJsonListParser(Path.GetFileName(mainFile), source);
}
