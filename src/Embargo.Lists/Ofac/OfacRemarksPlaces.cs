using Embargo.Core.Countries;
using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Places of birth as OFAC writes them: <c>Moscow, Russia</c>, <c>Culiacan, Sinaloa, Mexico</c>, <c>Russia</c>.
/// The last comma-separated part is the country when it resolves to one; the first of the others is the city and
/// the rest the region.
/// </summary>
internal static class OfacRemarksPlaces
{
    public static Place Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new Place { Text = text };
        var code = CountryCodes.Resolve(parts[^1]);
        var country = code is null ? null : parts[^1];
        var local = code is null ? parts : parts[..^1];
        if (code is null && TrailingCountry(parts[^1]) is { } trailing)
        {
            // "Khartoum Sudan", "Tunisi (Tunisia)": the country without its comma; the text stays in the local parts.
            (country, code) = trailing;
        }
        return new Place
        {
            Text = text,
            City = local.Length > 0 ? local[0] : null,
            Region = local.Length > 1 ? string.Join(", ", local[1..]) : null,
            Country = country,
            CountryCode = code,
        };
    }

    private static (string Country, string Code)? TrailingCountry(string part)
    {
        var text = part.AsSpan().TrimEnd();
        if (text.EndsWith(')'))
        {
            var open = text.LastIndexOf('(');
            if (open >= 0) text = text[(open + 1)..^1].Trim();
        }
        else
        {
            var space = text.LastIndexOf(' ');
            if (space < 0) return null;
            text = text[(space + 1)..];
        }
        var name = text.ToString();
        var code = CountryCodes.Resolve(name);
        return code is null ? null : (name, code);
    }

    /// <summary>A nationality or citizenship as published, with its code when the name resolves.</summary>
    public static CountryRef Country(string name) => new(name, CountryCodes.Resolve(name));
}
