using Embargo.Core.Model;

namespace Embargo.Lists.Bis;

/// <summary>
/// Infers whether a Denied Persons List name is a company or a person. BIS does not say, so the guess is
/// conservative: <see cref="EntityKind.Organization"/> only on a legal form or an unmistakable business
/// word, <see cref="EntityKind.Person"/> only on a personal title or suffix (<c>JR.</c>, <c>MR.</c>),
/// and <see cref="EntityKind.Unknown"/> otherwise, so that a matcher never rules a name out on a guess.
/// </summary>
internal static class BisPartyKinds
{
    // Legal forms that are never a part of a personal name, wherever they stand.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "LLC", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION", "COMPANY", "GMBH", "PLC", "LLP",
        "PTE", "PVT", "JSC", "PJSC", "OJSC", "CJSC", "OOO", "ZAO", "OAO", "FZE", "FZC", "FZCO", "FZLLC", "ANSTALT",
        "SARL", "LTDA",
    };

    // Short legal forms that could be a name part ("SA", "AB"), counted only as the last word: "COTRICOM S.A.".
    private static readonly HashSet<string> TrailingLegalForms = new(StringComparer.Ordinal)
    {
        "CO", "SA", "SL", "SRL", "SPA", "AG", "AB", "AS", "NV", "BV", "KG", "OY", "SAS", "LP",
    };

    // Words that name a business, not a person: "NORDWIND AIRLINES", "GLOBE METALS".
    private static readonly HashSet<string> BusinessWords = new(StringComparer.Ordinal)
    {
        "AIRLINES", "AIRLINE", "AIRWAYS", "AVIATION", "TRADING", "TRADE", "INDUSTRIES", "INDUSTRIAL", "INDUSTRIE",
        "TECHNOLOGY", "TECHNOLOGIES", "TECHNIK", "ELECTRONICS", "ELECTRONIC", "ENGINEERING", "SYSTEMS", "SERVICES",
        "SOLUTIONS", "ENTERPRISES", "ENTERPRISE", "INTERNATIONAL", "INTERNACIONAL", "GROUP", "HOLDING", "HOLDINGS",
        "COMPUTERS", "METALS", "EXPORT", "MANUFACTURING", "EQUIPMENT", "SUPPLY", "CONTRACTING", "MACHINERY",
        "EMPRESA", "REFINING", "ASSOCIATES", "MANAGEMENT", "MICROCIRCUIT", "PROTOTYPE", "NONWOVENS",
    };

    // Titles and suffixes that only people carry.
    private static readonly HashSet<string> PersonalMarkers = new(StringComparer.Ordinal)
    {
        "JR", "SR", "II", "III", "IV", "MR", "MRS", "MS", "DR", "PROFESSOR", "CAPTAIN", "COLONEL",
    };

    public static EntityKind Infer(string name)
    {
        var words = Words(name);
        if (words.Count == 0) return EntityKind.Unknown;
        if (words.Any(w => LegalForms.Contains(w) || BusinessWords.Contains(w)) || TrailingLegalForms.Contains(words[^1]))
            return EntityKind.Organization;
        return words.Any(PersonalMarkers.Contains) ? EntityKind.Person : EntityKind.Unknown;
    }

    // Upper-case words with dots removed, so that "S.A." reads as SA and "JR." as JR.
    private static List<string> Words(string name) =>
        [.. name.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal)
            .Split((char[])[' ', ',', '(', ')', '&', '/', '"', '\'', '-', ';'], StringSplitOptions.RemoveEmptyEntries)];
}
