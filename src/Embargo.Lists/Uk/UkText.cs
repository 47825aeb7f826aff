using Embargo.Core.Countries;

namespace Embargo.Lists.Uk;

/// <summary>Small text rules shared by the UK formats.</summary>
internal static class UkText
{
    /// <summary>Trimmed text, or null when empty.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Resolves a UK country name, also when it carries a note: <c>Pakistan (location as at May 2008)</c>.</summary>
    public static string? CountryCode(string? country)
    {
        if (country is null) return null;
        if (CountryCodes.Resolve(country) is { } code) return code;
        var paren = country.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? CountryCodes.Resolve(country[..paren]) : null;
    }
}
