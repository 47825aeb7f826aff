using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// OFAC's consolidated (non-SDN) list in its CSV set: <c>cons_prim.csv</c> (required) with <c>cons_add.csv</c>,
/// <c>cons_alt.csv</c> and <c>cons_comments.csv</c> (each optional). Same layout as the SDN set; the list within the
/// publication (NS-MBS, SSI, NS-PLC...) is inferred from the programs, see <c>OfacListNames</c>.
/// </summary>
public sealed class OfacConsolidatedCsvParser : IListParser
{
    public const string FormatId = "ofac-cons-csv";

    private readonly OfacCsvReader _reader;

    /// <param name="mainFileName">The file name of the main file in the set; <c>cons_prim.csv</c> unless saved under another.</param>
    public OfacConsolidatedCsvParser(string mainFileName = OfacCsvLayout.ConsolidatedMainFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mainFileName);
        _reader = new OfacCsvReader(OfacCsvLayout.Consolidated(mainFileName));
    }

    public string Format => FormatId;

    public string Source => ListSources.OfacConsolidated;

    public IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context, CancellationToken cancellationToken) =>
        _reader.ReadAsync(files, context, cancellationToken);
}
