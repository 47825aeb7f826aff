using Embargo.Matching.Text;
using Embargo.Testing;

namespace Embargo.Matching.Tests.Text;

/// <summary>
/// The Latin↔native pairs of <c>bench/translit/*.tsv</c> and how close the pipeline brings them: the native form
/// is folded and keyed, and its tokens' keys, joined, are compared with the Latin form's (for full names in
/// either order, as Korean and Japanese put the surname first). The same on consonant skeletons.
/// </summary>
internal sealed class TranslitPairs
{
    private TranslitPairs(IReadOnlyList<(string Latin, string Native)> pairs) => Pairs = pairs;

    public IReadOnlyList<(string Latin, string Native)> Pairs { get; }

    public static TranslitPairs Load(string file)
    {
        var pairs = new List<(string, string)>();
        foreach (var line in File.ReadLines(SharedData.Path("bench", "translit", file + ".tsv")).Skip(1))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) pairs.Add((line[..tab], line[(tab + 1)..]));
        }
        return new TranslitPairs(pairs);
    }

    public Shares Measure()
    {
        int exact = 0, within1 = 0, within2 = 0, skeleton = 0, skeleton1 = 0;
        foreach (var (latin, native) in Pairs)
        {
            var latinTokens = NameText.Tokenize(NameText.Fold(latin));
            var nativeTokens = NameText.Tokenize(NameText.Fold(native));
            var keys = Distance(latinTokens, nativeTokens, NameText.Key);
            var skeletons = Distance(latinTokens, nativeTokens, NameText.Skeleton);
            if (keys == 0) exact++;
            if (keys <= 1) within1++;
            if (keys <= 2) within2++;
            if (skeletons == 0) skeleton++;
            if (skeletons <= 1) skeleton1++;
        }
        double Share(int count) => 100.0 * count / Pairs.Count;
        return new Shares(Share(exact), Share(within1), Share(within2), Share(skeleton), Share(skeleton1));
    }

    // The smallest edit distance between the joined keys, over the rotations of the native tokens.
    private static int Distance(string[] latin, string[] native, Func<string, string> key)
    {
        var latinKey = string.Concat(Array.ConvertAll(latin, t => key(t)));
        var nativeKeys = Array.ConvertAll(native, t => key(t));
        var best = int.MaxValue;
        for (var rotation = 0; rotation < Math.Max(1, nativeKeys.Length); rotation++)
        {
            var rotated = string.Concat(nativeKeys[rotation..]) + string.Concat(nativeKeys[..rotation]);
            best = Math.Min(best, Levenshtein(latinKey, rotated));
        }
        return best;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Percentages of pairs: key equal, key within 1 and 2 edits, skeleton equal, skeleton within 1 edit.</summary>
    public sealed record Shares(double KeyExact, double KeyWithin1, double KeyWithin2, double SkeletonExact, double SkeletonWithin1)
    {
        public override string ToString() =>
            $"key exact {KeyExact:F1} %, ≤1 {KeyWithin1:F1} %, ≤2 {KeyWithin2:F1} %; skeleton exact {SkeletonExact:F1} %, ≤1 {SkeletonWithin1:F1} %";
    }
}
