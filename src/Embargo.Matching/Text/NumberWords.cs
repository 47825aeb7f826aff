using System.Globalization;

namespace Embargo.Matching.Text;

/// <summary>
/// The number a name token stands for, written in digits or words: "44", "forty", "4th", "fourth", "first", and
/// the regnal numbers of rulers: Roman numerals (Pius II), the Korean 세 (비오 2세, 2se), the Korean ordinal 제N대
/// (제8대, the 8th) and the Hebrew ordinals as the pipeline romanises them (פיוס השני, hshni). Lets "Brigade
/// Forty-Four" meet "Brigade 44", "1st International Bank" meet "First International Bank" and a pope's name in
/// Hangul or Hebrew meet it in Latin.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
        // Hebrew ordinals, with and without the article ה (the first, the second...), romanised as the pipeline does.
        ["hrashun"] = 1, ["rashun"] = 1, ["hshni"] = 2, ["shni"] = 2, ["hshlishi"] = 3, ["shlishi"] = 3, ["hrbii"] = 4,
        ["rbii"] = 4, ["hhmishi"] = 5, ["hmishi"] = 5, ["hshishi"] = 6, ["shishi"] = 6, ["hshbii"] = 7, ["shbii"] = 7,
        ["hshmini"] = 8, ["shmini"] = 8, ["htshii"] = 9, ["tshii"] = 9, ["hashiri"] = 10, ["ashiri"] = 10,
    };

    // Roman numerals up to 39, the regnal numbers names carry.
    private const int MaxRoman = 39;

    /// <summary>The value of a folded token, or -1 when it is not a number.</summary>
    public static int ValueOf(string token)
    {
        if (Words.TryGetValue(token, out var value)) return value;
        if (Roman(token) is > 0 and var roman) return roman;
        var digits = token.AsSpan();
        // The Korean ordinal of a title's holders, 제N대 (第N代: 제8대 백작, the 8th Earl), romanised je8dae.
        if (digits.Length > 5 && digits.StartsWith("je") && char.IsAsciiDigit(digits[2]) && digits.EndsWith("dae")) digits = digits[2..^3];
        // Ordinal suffixes: 1st, 2nd, 3rd, 4th; the Korean 세 of a ruler (2세, 2se).
        else if (digits.Length > 2 && (digits.EndsWith("st") || digits.EndsWith("nd") || digits.EndsWith("rd") || digits.EndsWith("th")
            || digits.EndsWith("se")))
            digits = digits[..^2];
        return digits.Length is > 0 and <= 6 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) ? value : -1;
    }

    /// <summary>
    /// The value of a token written in Roman numerals (i to xxxix, in their canonical form), else 0; but xi, far more
    /// often the Chinese syllable (习 Xi) than eleven.
    /// </summary>
    private static int Roman(string token)
    {
        if (token.Length is 0 or > 6 || token == "xi") return 0;
        var value = 0;
        var i = 0;
        while (i < token.Length && token[i] == 'x') { value += 10; i++; }
        var rest = token.AsSpan(i);
        var units = rest switch
        {
            "" => 0, "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9,
            _ => -1,
        };
        return units < 0 || value + units > MaxRoman ? 0 : value + units;
    }

    /// <summary>True for the tens words that combine with a following unit (forty four = 44).</summary>
    public static bool IsTens(int value) => value is >= 20 and <= 90 && value % 10 == 0;
}
