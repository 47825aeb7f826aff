namespace Embargo.Matching.Text;

/// <summary>
/// The text pipeline every name goes through, query and listing alike: fold to lowercase ASCII (transliterating
/// other scripts), split into tokens, and give each token a romanisation-insensitive key. Pure, culture-free and
/// safe to call from many threads.
/// </summary>
public static class NameText
{
    /// <summary>Folds a name to lowercase ASCII words separated by single spaces ("Müller-Lüdenscheidt" → "muller ludenscheidt").</summary>
    public static string Fold(string name) => NameFolder.Fold(name);

    /// <summary>The tokens of a folded name.</summary>
    public static string[] Tokenize(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A key equal for the usual romanisation variants of one token (Shugayev/Shugaev, Nikolay/Nikolai).</summary>
    public static string Key(string token) => PhoneticKey.Of(token);

    /// <summary>
    /// The loose consonant skeleton of one token (Rosenberg and רוזנברג's ruznbrg both give rsnbrk): how a name
    /// romanised from a script that writes few vowels (see <see cref="WritesFewVowels"/>) meets its Latin form.
    /// Weak evidence on its own; compare it where the keys differ and one side came from such a script.
    /// </summary>
    public static string Skeleton(string token) => ConsonantSkeleton.Of(token);

    /// <summary>
    /// Whether a name (before folding) is written in a script whose romanisation meets Latin spellings on the
    /// skeleton rather than the key: Arabic and Hebrew (no short vowels), Chinese, Japanese and Korean (other sounds).
    /// </summary>
    public static bool WritesFewVowels(string name)
    {
        var first = Transliteration.IndexOfNonLatinLetter(name);
        return first >= 0 && Transliteration.HasScriptWithFewVowels(name.AsSpan(first));
    }
}
