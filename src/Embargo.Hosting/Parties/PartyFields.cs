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

    public static bool TryParseKind(string? text, out EntityKind? kind)
    {
        kind = text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "unknown" or "any" or "thing" or "legalentity" or "legal_entity" => null,
            "person" or "individual" or "natural_person" => EntityKind.Person,
            "organization" or "organisation" or "company" or "entity" or "business" => EntityKind.Organization,
            "vessel" or "ship" => EntityKind.Vessel,
            "aircraft" or "airplane" => EntityKind.Aircraft,
            _ => EntityKind.Unknown,
        };
        if (kind != EntityKind.Unknown) return true;
        kind = null;
        return false;
    }

    /// <summary>A date of birth or incorporation as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> (a time part is ignored).</summary>
    public static bool TryParseDate(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var trimmed = text.Trim();
        var time = trimmed.IndexOf('T', StringComparison.Ordinal);
        if (time == 10) trimmed = trimmed[..10];
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
        gender = text?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "m" or "male" or "man" => "male",
            "f" or "female" or "woman" => "female",
            _ => "?",
        };
        if (gender != "?") return true;
        gender = null;
        return false;
    }
}
