namespace Embargo.Matching.Text;

/// <summary>
/// The names a listed name offers as alternatives with a slash between two words: "Al-Qa'ida/Islamic Army" is
/// "Al-Qa'ida" or "Islamic Army"; "New People's Army / Communist Party of the Philippines" two names too. A slash
/// beside a letter or two joins an abbreviation instead (A/S, M/V, S/A, c/o, J/V, LRM/A) and splits nothing.
/// </summary>
internal static class NameAlternatives
{
    /// <summary>A word beside the slash must have this many letters at least for the slash to separate names.</summary>
    public const int MinWordLetters = 3;

    /// <summary>The parts of <paramref name="name"/> between its separating slashes, trimmed; empty when it has none.</summary>
    public static string[] Of(string name)
    {
        if (string.IsNullOrEmpty(name) || !name.Contains('/', StringComparison.Ordinal)) return [];
        List<string>? parts = null;
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != '/' || LettersBefore(name, i) < MinWordLetters || LettersAfter(name, i) < MinWordLetters) continue;
            (parts ??= []).Add(name[start..i].Trim());
            start = i + 1;
        }
        if (parts is null) return [];
        parts.Add(name[start..].Trim());
        return [.. parts];
    }

    // Letters of the word that ends at the slash (spaces before it skipped; an apostrophe inside, as in Qa'ida, goes on).
    private static int LettersBefore(string name, int slash)
    {
        var k = slash - 1;
        while (k >= 0 && name[k] == ' ') k--;
        var letters = 0;
        for (; k >= 0 && (char.IsLetter(name[k]) || IsApostrophe(name[k])); k--)
        {
            if (char.IsLetter(name[k])) letters++;
        }
        return letters;
    }

    private static int LettersAfter(string name, int slash)
    {
        var k = slash + 1;
        while (k < name.Length && name[k] == ' ') k++;
        var letters = 0;
        for (; k < name.Length && (char.IsLetter(name[k]) || IsApostrophe(name[k])); k++)
        {
            if (char.IsLetter(name[k])) letters++;
        }
        return letters;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`' or 'ʼ';
}
