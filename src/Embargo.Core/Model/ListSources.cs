namespace Embargo.Core.Model;

/// <summary>
/// The stable source identifiers. They are the prefix of every entity id (<c>{source}:{publisher id}</c>),
/// so they never change once published.
/// </summary>
public static class ListSources
{
    public const string OfacSdn = "us-ofac-sdn";
    public const string OfacConsolidated = "us-ofac-cons";
    public const string UnSecurityCouncil = "un-sc";
    public const string EuFinancialSanctions = "eu-fsf";
    public const string UkSanctionsList = "uk-fcdo";
    public const string BisDeniedPersons = "us-bis-dpl";
    public const string Demo = "demo";

    /// <summary>Every source, in the order they are shown to users.</summary>
    public static readonly IReadOnlyList<string> All =
        [OfacSdn, OfacConsolidated, UnSecurityCouncil, EuFinancialSanctions, UkSanctionsList, BisDeniedPersons, Demo];

    public static bool IsKnown(string source) => All.Contains(source, StringComparer.Ordinal);

    /// <summary>A readable title for a source id.</summary>
    public static string Title(string source) => source switch
    {
        OfacSdn => "OFAC Specially Designated Nationals (SDN) List",
        OfacConsolidated => "OFAC Consolidated (non-SDN) Sanctions List",
        UnSecurityCouncil => "UN Security Council Consolidated List",
        EuFinancialSanctions => "EU Financial Sanctions Files (FSF)",
        UkSanctionsList => "UK Sanctions List",
        BisDeniedPersons => "US BIS Denied Persons List",
        Demo => "Embargo built-in demo list (not an official list)",
        _ => source,
    };

    /// <summary>Builds the stable entity id <c>{source}:{publisher id}</c>.</summary>
    public static string EntityId(string source, string sourceId) => string.Concat(source, ":", sourceId);
}
