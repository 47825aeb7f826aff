namespace Embargo.Matching.Text;

/// <summary>
/// A name written backwards letter by letter keeps each capital on its letter, so every word ends with its capital:
/// "rimaldiV nituP" read back is "Putin Vladimir". No name is written that way forwards (McDonald, DiCaprio and iPhone put
/// theirs inside), so the shape itself tells the name to read back.
/// </summary>
internal static class BackwardsName
{
    /// <summary>Words this long at least: "aB" is as likely an abbreviation.</summary>
    public const int MinWordLetters = 3;

    /// <summary>The name read back when every word of it is written backwards; null otherwise.</summary>
    public static string? ReadBack(string name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var words = 0;
        for (var i = 0; i < name.Length;)
        {
            if (char.IsSurrogate(name[i])) return null;
            if (!char.IsLetter(name[i])) { i++; continue; }
            var start = i;
            while (i < name.Length && char.IsLetter(name[i])) i++;
            if (!EndsWithItsCapital(name.AsSpan(start, i - start))) return null;
            words++;
        }
        if (words == 0) return null;
        return string.Create(name.Length, name, static (span, source) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = source[source.Length - 1 - k];
        });
    }

    // Lower case letters, then one capital: nituP.
    private static bool EndsWithItsCapital(ReadOnlySpan<char> word)
    {
        if (word.Length < MinWordLetters || !char.IsUpper(word[^1])) return false;
        foreach (var c in word[..^1])
        {
            if (!char.IsLower(c)) return false;
        }
        return true;
    }
}
