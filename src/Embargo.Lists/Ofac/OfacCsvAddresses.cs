using Embargo.Core.Countries;
using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Builds an <see cref="Address"/> from an <c>add.csv</c> row. OFAC's third column is free text, "city/state/postal":
/// <c>Moscow</c>, <c>Moscow 117312</c>, <c>Cumberland, MD 21502</c>, <c>Peshawar, Khyber Pahktunkhwa Province</c>.
/// </summary>
internal static class OfacCsvAddresses
{
    /// <summary>The address, or null when every column is empty.</summary>
    public static Address? Build(string? street, string? cityStatePostal, string? country, string? note)
    {
        if (street is null && cityStatePostal is null && country is null && note is null) return null;
        var (city, region, postalCode) = SplitCity(cityStatePostal);
        return new Address
        {
            Street = street,
            City = city,
            Region = region,
            PostalCode = postalCode,
            Country = country,
            CountryCode = CountryCodes.Resolve(country),
            Note = note,
        };
    }

    /// <summary>
    /// Splits <c>City[, Region] [Postal]</c> only where the shape is clear: the postal code is the trailing run of
    /// words holding a digit, the region is what follows the first comma, and the city must be left without digits.
    /// Anything else stays whole in the city. The parts join back to the published text (up to spacing) as
    /// <c>City, Region Postal</c>, so nothing is lost.
    /// </summary>
    public static (string? City, string? Region, string? PostalCode) SplitCity(string? text)
    {
        if (text is null) return (null, null, null);
        var span = text.AsSpan().Trim();

        string? postal = null;
        var postalStart = span.Length;
        while (true)
        {
            var before = span[..postalStart].TrimEnd();
            var space = before.LastIndexOf(' ');
            if (space < 0) break;
            var word = before[(space + 1)..];
            if (!ContainsDigit(word) || word.Contains(',')) break;
            postalStart = space + 1;
        }
        var rest = span[..postalStart].TrimEnd();
        if (postalStart < span.Length && !rest.IsEmpty && !rest.EndsWith(","))
        {
            postal = span[postalStart..].ToString();
        }
        else
        {
            rest = span;
        }

        var comma = rest.IndexOf(',');
        var city = comma < 0 ? rest : rest[..comma].TrimEnd();
        var region = comma < 0 ? [] : rest[(comma + 1)..].Trim();
        if (city.IsEmpty || ContainsDigit(city) || (comma >= 0 && region.IsEmpty))
            return (span.ToString(), null, null);
        return (city.ToString(), region.IsEmpty ? null : region.ToString(), postal);
    }

    private static bool ContainsDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;
}
