using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// Compares two consonant skeletons with their codas marked (<see cref="Text.ConsonantSkeleton.WithCodas"/>) by a
/// weighted edit distance: consonants of the same class meet free, a consonant one side lacks costs one, but a
/// coda costs less, a liquid coda least. Korean and Chinese write foreign names in open syllables: the r of
/// Turner and Chester is not written (터너 to no, 切斯特 qie si te) and a nasal is added or dropped (高登 gao deng,
/// Golden). Allocation-free.
/// </summary>
internal static class SoundAlignment
{
    private const int MaxLength = 48;

    /// <summary>
    /// <see cref="Tuning.SkeletonSimilarity"/> for skeletons that agree, less by <see cref="Tuning.SoundEditPenalty"/>
    /// per unit of cost, 0 when they differ by more than one consonant (or any cost in skeletons shorter than
    /// four) or meet on fewer than two consonants.
    /// </summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < 2 || b.Length < 2 || a.Length > MaxLength || b.Length > MaxLength) return 0;
        var longer = Math.Max(Consonants(a), Consonants(b));
        var allowed = longer >= 5 ? 1.0 : longer >= 3 ? Tuning.NasalCodaCost : Tuning.LiquidCodaCost;
        // Most pairs are ruled out on the classes each side has, before the alignment.
        if (!MayAlign(a, b, allowed)) return 0;
        var cost = Cost(a, b, out var matched);
        if (matched < 2) return 0;
        if (cost > allowed + 1e-9) return 0;
        return Tuning.SkeletonSimilarity - Tuning.SoundEditPenalty * cost;
    }

    /// <summary>
    /// False when no alignment can cost at most <paramref name="allowed"/> and pair two consonants. A letter whose
    /// class the other skeleton lacks is dropped or changed whatever the alignment, for at least its drop cost, and
    /// each step of an alignment takes one letter of each side at most: the cost is at least the larger of the two
    /// sides' sums. Only letters whose class the other side has can pair.
    /// </summary>
    internal static bool MayAlign(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double allowed)
    {
        var classesA = ClassesOf(a);
        var classesB = ClassesOf(b);
        var (lackingA, pairableA) = Lacking(a, classesB);
        if (pairableA < 2 || lackingA > allowed + 1e-9) return false;
        var (lackingB, _) = Lacking(b, classesA);
        return lackingB <= allowed + 1e-9;
    }

    // The least cost of s's letters whose class is not in classes, and how many consonants of s have a class that is.
    private static (double Cost, int Pairable) Lacking(ReadOnlySpan<char> s, uint classes)
    {
        var cost = 0.0;
        var pairable = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if ((ClassBit(s[i]) & classes) == 0) cost += DropCost(s, i);
            else if (s[i] != ConsonantSkeleton.VowelStart) pairable++;
        }
        return (cost, pairable);
    }

    private static uint ClassesOf(ReadOnlySpan<char> s)
    {
        uint classes = 0;
        foreach (var c in s) classes |= ClassBit(c);
        return classes;
    }

    // One bit per class; every character outside a-z and the vowel-start mark shares one bit (which only weakens the bound).
    private static uint ClassBit(char c)
    {
        var cls = Class(c);
        return (uint)(cls - 'a') < 26 ? 1u << (cls - 'a') : cls == ConsonantSkeleton.VowelStart ? 1u << 26 : 1u << 27;
    }

    /// <summary>How many consonants a skeleton has, its vowel-start mark left out.</summary>
    public static int Consonants(ReadOnlySpan<char> s) => s.Length - (s.Length > 0 && s[0] == ConsonantSkeleton.VowelStart ? 1 : 0);

    /// <summary>The cheapest alignment's cost, and how many consonants it pairs.</summary>
    internal static double Cost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out int matched)
    {
        int n = a.Length, m = b.Length;
        Span<double> previous = stackalloc double[m + 1];
        Span<double> current = stackalloc double[m + 1];
        Span<int> previousMatched = stackalloc int[m + 1];
        Span<int> currentMatched = stackalloc int[m + 1];
        previous[0] = 0;
        previousMatched[0] = 0;
        for (var j = 1; j <= m; j++)
        {
            previous[j] = previous[j - 1] + DropCost(b, j - 1);
            previousMatched[j] = 0;
        }
        for (var i = 1; i <= n; i++)
        {
            current[0] = previous[0] + DropCost(a, i - 1);
            currentMatched[0] = 0;
            for (var j = 1; j <= m; j++)
            {
                var same = Class(a[i - 1]) == Class(b[j - 1]);
                var best = previous[j - 1] + (same ? 0 : 1);
                var bestMatched = previousMatched[j - 1] + (same && a[i - 1] != ConsonantSkeleton.VowelStart ? 1 : 0);
                var dropA = previous[j] + DropCost(a, i - 1);
                if (dropA < best || (dropA == best && previousMatched[j] > bestMatched)) { best = dropA; bestMatched = previousMatched[j]; }
                var dropB = current[j - 1] + DropCost(b, j - 1);
                if (dropB < best || (dropB == best && currentMatched[j - 1] > bestMatched)) { best = dropB; bestMatched = currentMatched[j - 1]; }
                current[j] = best;
                currentMatched[j] = bestMatched;
            }
            current.CopyTo(previous);
            currentMatched.CopyTo(previousMatched);
        }
        matched = previousMatched[m];
        return previous[m];
    }

    // A coda l (L) is of the liquid class, like r.
    private static char Class(char c) => c == 'L' ? 'r' : char.ToLowerInvariant(c);

    // Upper case marks a coda (L a coda l, Chinese leaves it out more often than Korean: 高登 gao deng, Golden); r is the liquid class, n and m the nasals. The vowel-start mark counts at the start
    // of a skeleton only: inside a run of syllables joined (게이토 ke i to, Keito) it is a vowel like any other.
    private static double DropCost(ReadOnlySpan<char> s, int i) => s[i] switch
    {
        ConsonantSkeleton.VowelStart => i == 0 ? 1.0 : 0,
        'R' => Tuning.LiquidCodaCost,
        'N' or 'M' or 'L' => Tuning.NasalCodaCost,
        >= 'A' and <= 'Z' => Tuning.CodaCost,
        _ => 1.0,
    };
}
