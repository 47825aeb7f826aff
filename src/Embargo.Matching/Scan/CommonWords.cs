using System.Collections.Frozen;

namespace Embargo.Matching.Scan;

/// <summary>
/// A few hundred ordinary English words (the embedded <c>common-words.txt</c>): a listed name made only of such
/// words (a vessel PATRIOT, an organisation GOLDEN STAR) needs context before a text's mention of it is an alert,
/// and such a word next to a name is not a conflicting given name.
/// </summary>
internal static class CommonWords
{
    private static readonly FrozenSet<string> Words = Load();

    public static bool Contains(string folded) => Words.Contains(folded);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream("Embargo.Matching.Scan.common-words.txt")
            ?? throw new InvalidOperationException("the common-words resource is missing from the assembly");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(word);
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
