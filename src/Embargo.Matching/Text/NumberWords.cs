using System.Globalization;

namespace Embargo.Matching.Text;

/// <summary>
/// The number a name token stands for, written in digits or words: "44", "forty", "4th", "fourth", "first".
/// Lets "Brigade Forty-Four" meet "Brigade 44" and "1st International Bank" meet "First International Bank".
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
    };

    /// <summary>The value of a folded token, or -1 when it is not a number.</summary>
    public static int ValueOf(string token)
    {
        if (Words.TryGetValue(token, out var value)) return value;
        var digits = token.AsSpan();
        // Ordinal suffixes: 1st, 2nd, 3rd, 4th.
        if (digits.Length > 2 && (digits.EndsWith("st") || digits.EndsWith("nd") || digits.EndsWith("rd") || digits.EndsWith("th")))
            digits = digits[..^2];
        return digits.Length is > 0 and <= 6 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) ? value : -1;
    }

    /// <summary>True for the tens words that combine with a following unit (forty four = 44).</summary>
    public static bool IsTens(int value) => value is >= 20 and <= 90 && value % 10 == 0;
}
