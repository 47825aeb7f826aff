namespace Embargo.Matching.Text;

/// <summary>
/// The text pipeline every name goes through, query and listing alike: fold to lowercase ASCII (transliterating
/// other scripts), split into tokens, and give each token a romanisation-insensitive key.
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

    /// <summary>The consonant skeleton of a token, for names from scripts that write few vowels.</summary>
    public static string Skeleton(string token) => ConsonantSkeleton.Of(token);
}
