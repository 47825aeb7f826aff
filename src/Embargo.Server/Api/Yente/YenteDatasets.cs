using Embargo.Core.Model;
using Embargo.Core.Snapshots;

namespace Embargo.Server.Api.Yente;

/// <summary>
/// yente's dataset names and ours: each source has the OpenSanctions name clients already use
/// (<c>us_ofac_sdn</c>), our own id is accepted too, and <c>default</c> / <c>sanctions</c> mean every active list.
/// </summary>
internal static class YenteDatasets
{
    public static readonly string[] Collections = ["default", "sanctions"];

    private static readonly Dictionary<string, string> NameOfSource = new(StringComparer.Ordinal)
    {
        [ListSources.OfacSdn] = "us_ofac_sdn",
        [ListSources.OfacConsolidated] = "us_ofac_cons",
        [ListSources.UnSecurityCouncil] = "un_sc_sanctions",
        [ListSources.EuFinancialSanctions] = "eu_fsf",
        [ListSources.UkSanctionsList] = "gb_fcdo_sanctions",
        [ListSources.BisDeniedPersons] = "us_bis_denied",
        [ListSources.Demo] = "embargo_demo",
    };

    public static string NameOf(string source) => NameOfSource.TryGetValue(source, out var name) ? name : source.Replace('-', '_');

    /// <summary>
    /// The active sources a dataset name covers: all of them for a collection, one for a source; null when the
    /// name is neither (the caller answers 404).
    /// </summary>
    public static IReadOnlySet<string>? Resolve(string dataset, IReadOnlyList<ListSnapshot> active)
    {
        if (Collections.Contains(dataset, StringComparer.OrdinalIgnoreCase)) return active.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var snapshot in active)
        {
            if (string.Equals(dataset, snapshot.Source, StringComparison.OrdinalIgnoreCase) || string.Equals(dataset, NameOf(snapshot.Source), StringComparison.OrdinalIgnoreCase))
                return new HashSet<string>(StringComparer.Ordinal) { snapshot.Source };
        }
        return null;
    }
}
