using System.Collections.Frozen;
using System.Globalization;

namespace Embargo.Core.Countries;

/// <summary>
/// Resolves the country names lists use ("Russia", "Korea, North", "Iran (Islamic Republic of)") to
/// ISO 3166-1 alpha-2 codes. Built from the runtime's region data plus the spellings lists actually use.
/// </summary>
public static class CountryCodes
{
    // Spellings used by OFAC, the UN, the EU, the UK and BIS that differ from the runtime's English names.
    private static readonly (string Name, string Code)[] Aliases =
    [
        ("Russia", "RU"), ("Russian Federation", "RU"), ("USSR", "SU"), ("Soviet Union", "SU"), ("former Soviet Union", "SU"), ("Former USSR", "SU"),
        ("Turkey", "TR"), ("Türkiye", "TR"), ("Turkiye", "TR"),
        ("Iran", "IR"), ("Iran (Islamic Republic of)", "IR"), ("Islamic Republic of Iran", "IR"),
        ("Korea, North", "KP"), ("North Korea", "KP"), ("Democratic People's Republic of Korea", "KP"), ("DPRK", "KP"),
        ("Korea, South", "KR"), ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Korea", "KR"),
        ("Syria", "SY"), ("Syrian Arab Republic", "SY"),
        ("Burma", "MM"), ("Myanmar", "MM"), ("Myanmar (Burma)", "MM"),
        ("Congo, Democratic Republic of the", "CD"), ("Democratic Republic of the Congo", "CD"), ("DRC", "CD"),
        ("Congo (Kinshasa)", "CD"), ("Congo, Republic of the", "CG"), ("Republic of the Congo", "CG"), ("Congo", "CG"),
        ("Congo (Brazzaville)", "CG"),
        ("Cote d'Ivoire", "CI"), ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("Laos", "LA"), ("Lao People's Democratic Republic", "LA"),
        ("Vietnam", "VN"), ("Viet Nam", "VN"),
        ("Venezuela", "VE"), ("Venezuela (Bolivarian Republic of)", "VE"), ("Bolivia", "BO"),
        ("Bolivia (Plurinational State of)", "BO"),
        ("Tanzania", "TZ"), ("United Republic of Tanzania", "TZ"), ("Tanzania, United Republic of", "TZ"),
        ("Moldova", "MD"), ("Republic of Moldova", "MD"), ("Macedonia", "MK"), ("North Macedonia", "MK"),
        ("The former Yugoslav Republic of Macedonia", "MK"),
        ("Palestinian", "PS"), ("Palestine", "PS"), ("State of Palestine", "PS"), ("West Bank", "PS"), ("Gaza", "PS"),
        ("Gaza Strip", "PS"), ("Palestinian Territories", "PS"),
        ("United Kingdom", "GB"), ("UK", "GB"), ("Great Britain", "GB"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("United States", "US"), ("United States of America", "US"), ("USA", "US"),
        ("United Arab Emirates", "AE"), ("UAE", "AE"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"),
        ("Brunei", "BN"), ("Brunei Darussalam", "BN"),
        ("Micronesia", "FM"), ("Micronesia, Federated States of", "FM"),
        ("Bahamas, The", "BS"), ("The Bahamas", "BS"), ("Gambia, The", "GM"), ("The Gambia", "GM"),
        ("Cabo Verde", "CV"), ("Cape Verde", "CV"), ("Eswatini", "SZ"), ("Swaziland", "SZ"),
        ("Timor-Leste", "TL"), ("East Timor", "TL"), ("Holy See", "VA"), ("Vatican City", "VA"),
        ("Hong Kong", "HK"), ("Macau", "MO"), ("Macao", "MO"), ("Taiwan", "TW"),
        ("China", "CN"), ("People's Republic of China", "CN"),
        ("Kosovo", "XK"), ("Netherlands Antilles", "AN"), ("Curacao", "CW"), ("Curaçao", "CW"),
        ("Sint Maarten", "SX"), ("Saint Kitts and Nevis", "KN"), ("St. Kitts and Nevis", "KN"),
        ("Saint Lucia", "LC"), ("St. Lucia", "LC"), ("Saint Vincent and the Grenadines", "VC"),
        ("St. Vincent and the Grenadines", "VC"), ("Serbia and Montenegro", "CS"), ("Yugoslavia", "YU"),
        ("Region: Crimea", "UA"), ("Crimea", "UA"), ("Bosnia-Herzegovina", "BA"), ("Bosnia and Herzegovina", "BA"),
        ("Kyrgyzstan", "KG"), ("Kyrgyz Republic", "KG"), ("Slovakia", "SK"), ("Slovak Republic", "SK"),
        ("Sudan", "SD"), ("South Sudan", "SS"), ("Libya", "LY"), ("Libyan Arab Jamahiriya", "LY"),
        ("Belarus", "BY"), ("Iraq", "IQ"), ("Afghanistan", "AF"), ("Yemen", "YE"), ("Somalia", "SO"),
        ("Mali", "ML"), ("Lebanon", "LB"), ("Cuba", "CU"), ("Nicaragua", "NI"), ("Zimbabwe", "ZW"),
        ("Central African Republic", "CF"), ("Guinea-Bissau", "GW"), ("Ukraine", "UA"), ("Georgia", "GE"),
        ("Pakistan", "PK"), ("India", "IN"), ("Saudi Arabia", "SA"), ("Kuwait", "KW"), ("Qatar", "QA"),
        ("Trinidad and Tobago", "TT"), ("Antigua and Barbuda", "AG"), ("North Macedonia, The Republic of", "MK"),
        ("Virgin Islands, British", "VG"), ("British Virgin Islands", "VG"), ("Man, Isle of", "IM"), ("Isle of Man", "IM"),
        ("Region: Gaza", "PS"), ("Region: West Bank", "PS"), ("PRC", "CN"), ("Saint Martin", "MF"),
        ("Sao Tome and Principe", "ST"), ("Bosnia and Herzegovina, The Republic of", "BA"),
        // Nationalities written as adjectives (UK lists).
        ("Russian", "RU"), ("Iranian", "IR"), ("Syrian", "SY"), ("Pakistani", "PK"), ("Afghan", "AF"), ("Iraqi", "IQ"),
        ("Chinese", "CN"), ("North Korean", "KP"), ("Belarusian", "BY"), ("Ukrainian", "UA"), ("Libyan", "LY"),
        ("Yemeni", "YE"), ("Somali", "SO"), ("Sudanese", "SD"), ("Lebanese", "LB"), ("Saudi", "SA"), ("Saudi Arabian", "SA"),
        ("Egyptian", "EG"), ("Turkish", "TR"), ("Venezuelan", "VE"), ("Cuban", "CU"), ("Burmese", "MM"), ("Malian", "ML"),
        ("Jordanian", "JO"), ("Kuwaiti", "KW"), ("Qatari", "QA"), ("Emirati", "AE"), ("Nicaraguan", "NI"), ("Zimbabwean", "ZW"),
        ("Indian", "IN"), ("British", "GB"), ("American", "US"), ("German", "DE"), ("French", "FR"), ("Tunisian", "TN"),
        ("Algerian", "DZ"), ("Moroccan", "MA"), ("Nigerian", "NG"), ("Bahraini", "BH"), ("Omani", "OM"),
        ("Bahrain", "BH"), ("Oman", "OM"), ("Jordan", "JO"), ("Egypt", "EG"), ("Israel", "IL"),
    ];

    // Declared after Aliases: static fields initialise in order, and Build reads Aliases.
    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The ISO 3166-1 alpha-2 code for a country name or code, or null when unknown.</summary>
    public static string? Resolve(string? country)
    {
        if (string.IsNullOrWhiteSpace(country)) return null;
        var key = Key(country);
        if (ByName.TryGetValue(key, out var code)) return code;
        // "Moscow, Russia" style text: the country is the last comma-separated part.
        var comma = country.LastIndexOf(',');
        if (comma > 0 && ByName.TryGetValue(Key(country[(comma + 1)..]), out code)) return code;
        return null;
    }

    /// <summary>An English name for a code, for display.</summary>
    public static string? NameOf(string code)
    {
        try { return new RegionInfo(code).EnglishName; }
        catch (ArgumentException) { return null; }
    }

    private static string Key(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var n = 0;
        foreach (var c in name.AsSpan().Trim())
        {
            if (n == buffer.Length) break;
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
            else if (n > 0 && buffer[n - 1] != ' ') buffer[n++] = ' ';
        }
        return new string(buffer[..n]).TrimEnd();
    }

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsLetter(code[0])) continue;
            map.TryAdd(Key(region.EnglishName), code);
            map.TryAdd(Key(code), code);
            map.TryAdd(Key(region.ThreeLetterISORegionName), code);
        }
        foreach (var (name, code) in Aliases) map[Key(name)] = code;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
