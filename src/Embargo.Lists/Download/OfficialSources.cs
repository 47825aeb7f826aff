using Embargo.Core.Model;

namespace Embargo.Lists.Download;

/// <summary>
/// Where each source's publisher serves its official files, and the names they are staged under (the names
/// the parsers look for).
/// </summary>
public static class OfficialSources
{
    private const string OfacExports = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

    /// <summary>The sources that can be downloaded (every source but the built-in demo list).</summary>
    public static readonly IReadOnlyList<string> Downloadable =
    [
        ListSources.OfacSdn, ListSources.OfacConsolidated, ListSources.UnSecurityCouncil,
        ListSources.EuFinancialSanctions, ListSources.UkSanctionsList, ListSources.BisDeniedPersons,
    ];

    public static bool IsDownloadable(string source) => Downloadable.Contains(source, StringComparer.Ordinal);

    /// <summary>The publisher's own addresses for a source.</summary>
    public static SourceDownload Official(string source) => Resolve(source, null);

    /// <summary>
    /// The files of a source, fetched from the publisher or, with <paramref name="baseOverride"/>, from a
    /// mirror. A mirror serves every file of the source in one folder under the name it is staged as:
    /// <c>{baseOverride}/{FileName}</c>, e.g. <c>http://127.0.0.1:8080/ofac-sdn/sdn.csv</c>. (The official
    /// names cannot be kept: the EU's address ends in <c>content?token=…</c>, and staged names are
    /// lowercase where OFAC's are upper case.) A missing trailing '/' on the base is added.
    /// </summary>
    /// <exception cref="ArgumentException">The source has no download, or the base is not an absolute
    /// address without query.</exception>
    public static SourceDownload Resolve(string source, Uri? baseOverride)
    {
        ArgumentNullException.ThrowIfNull(source);
        var files = OfficialFiles(source);
        if (baseOverride is null) return new SourceDownload(source, files);
        var folder = AsFolder(baseOverride);
        return new SourceDownload(source, [.. files.Select(f => f with { Url = new Uri(folder, Uri.EscapeDataString(f.FileName)) })]);
    }

    private static RemoteFile[] OfficialFiles(string source) => source switch
    {
        ListSources.OfacSdn => [Ofac("SDN.CSV"), Ofac("ADD.CSV"), Ofac("ALT.CSV"), Ofac("SDN_COMMENTS.CSV")],
        ListSources.OfacConsolidated =>
            [Ofac("CONS_PRIM.CSV"), Ofac("CONS_ADD.CSV"), Ofac("CONS_ALT.CSV"), Ofac("CONS_COMMENTS.CSV")],
        ListSources.UnSecurityCouncil =>
            [new("consolidated.xml", new Uri("https://scsanctions.un.org/resources/xml/en/consolidated.xml"))],
        ListSources.EuFinancialSanctions =>
            [new("eu-fsf.xml", new Uri("https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"))],
        ListSources.UkSanctionsList =>
            [new("UK-Sanctions-List.xml", new Uri("https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"))],
        ListSources.BisDeniedPersons => [new("dpl.txt", new Uri("https://www.bis.doc.gov/dpl/dpl.txt"))],
        _ => throw new ArgumentException(
            $"'{source}' has no official download; downloadable sources: {string.Join(", ", Downloadable)}", nameof(source)),
    };

    // OFAC publishes upper-case names; the parsers and the shared copies use lower case.
    private static RemoteFile Ofac(string officialName) =>
        new(officialName.ToLowerInvariant(), new Uri(OfacExports + officialName));

    private static Uri AsFolder(Uri baseOverride)
    {
        if (!baseOverride.IsAbsoluteUri || (baseOverride.Scheme != Uri.UriSchemeHttp && baseOverride.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"a mirror must be an absolute http(s) address: {baseOverride}", nameof(baseOverride));
        if (baseOverride.Query.Length > 0 || baseOverride.Fragment.Length > 0)
            throw new ArgumentException($"a mirror address cannot carry a query or fragment: {baseOverride}", nameof(baseOverride));
        var text = baseOverride.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }
}
