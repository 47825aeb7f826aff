namespace Embargo.Matching.Scoring;

/// <summary>
/// Contractions of the words of company names: Intl = International, Natl = National, Mfg = Manufacturing, Mgmt =
/// Management, Assn = Association, Bros = Brothers, Hldgs = Holdings. A contraction keeps the word's first and last
/// letters and some of those between, in order. Allocation-free.
/// </summary>
internal static class Abbreviations
{
    private const int MinLength = 3;
    private const int MaxLength = 5;

    /// <summary>True when one token is a contraction of the other, at least three letters shorter.</summary>
    public static bool Contracts(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length is < MinLength or > MaxLength || longer.Length < shorter.Length + 3) return false;
        if (shorter[0] != longer[0] || shorter[^1] != longer[^1]) return false;
        var k = 1;
        for (var i = 1; i < longer.Length - 1 && k < shorter.Length - 1; i++)
        {
            if (longer[i] == shorter[k]) k++;
        }
        if (k != shorter.Length - 1) return false;
        foreach (var c in shorter)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }
        return true;
    }
}
