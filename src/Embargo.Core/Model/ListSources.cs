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

    /// <summary>True for the official publishers' lists: only their own formats may fill these sources.</summary>
    public static bool IsOfficial(string source) => IsKnown(source) && !string.Equals(source, Demo, StringComparison.Ordinal);

    /// <summary>
    /// A source id Embargo accepts: a known one, or a user's own list in Embargo's JSON format
    /// (lowercase letters, digits and dashes, e.g. <c>acme-internal</c>).
    /// </summary>
    public static bool IsValid(string source) => IsKnown(source) || IsCustom(source);

    /// <summary>A user's own list: a well-formed id that is not one of the known sources.</summary>
    public static bool IsCustom(string source) =>
        !IsKnown(source) && source.Length is >= 2 and <= 41 && char.IsAsciiLetterLower(source[0])
        && source.AsSpan().IndexOfAnyExcept(CustomIdChars) < 0;

    private static readonly System.Buffers.SearchValues<char> CustomIdChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

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
