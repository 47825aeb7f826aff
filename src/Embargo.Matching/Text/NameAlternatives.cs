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

    private static int LettersBefore(string name, int slash) => LettersBeside(name, slash, -1);

    private static int LettersAfter(string name, int slash) => LettersBeside(name, slash, +1);

    // Letters of the word beside the slash, on the side `step` points to (spaces next to the slash skipped; an apostrophe
    // inside, as in Qa'ida, goes on).
    private static int LettersBeside(string name, int slash, int step)
    {
        var k = slash + step;
        while (k >= 0 && k < name.Length && name[k] == ' ') k += step;
        var letters = 0;
        for (; k >= 0 && k < name.Length && (char.IsLetter(name[k]) || IsApostrophe(name[k])); k += step)
        {
            if (char.IsLetter(name[k])) letters++;
        }
        return letters;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`' or 'ʼ';
}
