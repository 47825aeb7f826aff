using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// The file names and source of one OFAC CSV set. The SDN set is <c>sdn.csv</c> with <c>add.csv</c>, <c>alt.csv</c>
/// and <c>sdn_comments.csv</c>; the consolidated set is the same layout under <c>cons_*</c> names.
/// </summary>
internal sealed record OfacCsvLayout(
    string Source,
    string MainFile,
    string AddressFile,
    string AliasFile,
    string CommentFile,
    bool InfersListName)
{
    public const string SdnMainFile = "sdn.csv";
    public const string ConsolidatedMainFile = "cons_prim.csv";

    public static OfacCsvLayout Sdn(string mainFile) =>
        new(ListSources.OfacSdn, mainFile, "add.csv", "alt.csv", "sdn_comments.csv", InfersListName: false);

    public static OfacCsvLayout Consolidated(string mainFile) =>
        new(ListSources.OfacConsolidated, mainFile, "cons_add.csv", "cons_alt.csv", "cons_comments.csv", InfersListName: true);
}
