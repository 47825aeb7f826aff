using Embargo.Core.Countries;
using Embargo.Core.Model;

namespace Embargo.Hosting.Parties;

/// <summary>
/// How the front ends read the facts of a party to screen from text (API fields, CSV cells, CLI options), so that
/// every surface accepts the same spellings. Each returns false when the text is not usable; blank is "unknown".
/// </summary>
public static class PartyFields
{
    public const string KindChoices = "person, organization, vessel, aircraft";

    /// <summary>A kind in any usual spelling (<c>Person</c>, <c>natural_person</c>, <c>Company</c>, <c>ship</c>); blank or <c>unknown</c> is null.</summary>
    public static bool TryParseKind(string? text, out EntityKind? kind)
    {
        kind = Letters(text) switch
        {
            "" or "unknown" or "any" or "thing" or "legalentity" => null,
            "person" or "individual" or "naturalperson" or "people" => EntityKind.Person,
            "organization" or "organisation" or "company" or "entity" or "corporate" or "corporation" or "business" or "publicbody" => EntityKind.Organization,
            "vessel" or "ship" => EntityKind.Vessel,
            "aircraft" or "airplane" or "plane" => EntityKind.Aircraft,
            _ => EntityKind.Unknown,
        };
        if (kind != EntityKind.Unknown) return true;
        kind = null;
        return false;
    }

    /// <summary>
    /// A date of birth or incorporation as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, also with slashes or dots
    /// in that year-first order (never day-first guessing); a time part is ignored.
    /// </summary>
    public static bool TryParseDate(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var trimmed = text.Trim();
        if (trimmed.Length > 10 && trimmed[10] is 'T' or ' ') trimmed = trimmed[..10];
        if (trimmed.Length is 7 or 10 && trimmed[4] is '/' or '.') trimmed = trimmed.Replace(trimmed[4], '-');
        if (!PartialDate.TryParseIso(trimmed, out var parsed)) return false;
        date = parsed;
        return true;
    }

    /// <summary>An ISO 3166-1 alpha-2 code from a code or a country name.</summary>
    public static bool TryParseCountry(string? text, out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        code = CountryCodes.Resolve(text);
        return code is not null;
    }

    public static bool TryParseGender(string? text, out string? gender)
    {
        gender = Letters(text) switch
        {
            "" => null,
            "m" or "male" or "man" => "male",
            "f" or "female" or "woman" => "female",
            _ => "?",
        };
        if (gender != "?") return true;
        gender = null;
        return false;
    }

    // Lowercase letters only: "Natural Person", "natural_person" and "NATURAL-PERSON" read alike.
    private static string Letters(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var letters = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters.Append(char.ToLowerInvariant(c));
        }
        return letters.ToString();
    }
}
