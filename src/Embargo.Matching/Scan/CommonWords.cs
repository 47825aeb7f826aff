using System.Collections.Frozen;

namespace Embargo.Matching.Scan;

/// <summary>
/// A few hundred ordinary English words (the embedded <c>common-words.txt</c>): a listed name made only of such
/// words (a vessel PATRIOT, an organisation GOLDEN STAR) needs context before a text's mention of it is an alert,
/// and such a word next to a name is not a conflicting given name.
/// </summary>
internal static class CommonWords
{
    // Endings of long English words that are rarely names: monitoring, cooperation, development, readiness.
    private static readonly string[] Suffixes = ["ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship"];
    private const int MinSuffixedLength = 8;

    private static readonly (FrozenSet<string> All, FrozenSet<string> Proper) Words = Load();

    /// <summary>An everyday word: in the list, or a long word with an everyday ending.</summary>
    public static bool Contains(string folded)
    {
        if (Words.All.Contains(folded)) return true;
        if (folded.Length < MinSuffixedLength) return false;
        foreach (var suffix in Suffixes)
        {
            if (folded.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A word always written with a capital (a month, a country): its capitals are no sign of a name.</summary>
    public static bool IsAlwaysCapitalised(string folded) => Words.Proper.Contains(folded);

    private static (FrozenSet<string>, FrozenSet<string>) Load()
    {
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream("Embargo.Matching.Scan.common-words.txt")
            ?? throw new InvalidOperationException("the common-words resource is missing from the assembly");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var proper = new HashSet<string>(StringComparer.Ordinal);
        var inProper = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("#!proper", StringComparison.Ordinal)) inProper = true;
            if (line.StartsWith('#')) continue;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
                if (inProper) proper.Add(word);
            }
        }
        return (words.ToFrozenSet(StringComparer.Ordinal), proper.ToFrozenSet(StringComparer.Ordinal));
    }
}
