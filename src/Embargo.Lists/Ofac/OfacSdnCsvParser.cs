using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// OFAC's SDN list in its CSV set: <c>sdn.csv</c> (required) with <c>add.csv</c>, <c>alt.csv</c> and
/// <c>sdn_comments.csv</c> (each optional). A publication saved under another name (<c>sdn_2021-08-18.csv</c>) is
/// read by naming its main file: <c>new OfacSdnCsvParser("sdn_2021-08-18.csv")</c>; the side files keep their names.
/// </summary>
public sealed class OfacSdnCsvParser : IListParser
{
    public const string FormatId = "ofac-csv";

    private readonly OfacCsvReader _reader;

    /// <param name="mainFileName">The file name of the main file in the set; <c>sdn.csv</c> unless saved under another.</param>
    public OfacSdnCsvParser(string mainFileName = OfacCsvLayout.SdnMainFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mainFileName);
        MainFileName = mainFileName;
        _reader = new OfacCsvReader(OfacCsvLayout.Sdn(mainFileName));
    }

    public string Format => FormatId;

    public string Source => ListSources.OfacSdn;

    /// <summary>The name of the main file this parser reads from a set.</summary>
    public string MainFileName { get; }

    public IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context, CancellationToken cancellationToken) =>
        _reader.ReadAsync(files, context, cancellationToken);
}
