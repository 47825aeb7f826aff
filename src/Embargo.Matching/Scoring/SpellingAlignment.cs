using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// How well a Latin spelling could have been written for a romanised native token: the cheapest way to turn one
/// into the other, letter by letter, where the script's <see cref="SpellingRules"/> make its usual differences
/// cheap (ё written e and yo, ש as sh and s, ㅓ as o and eo, 克 ke for a bare k), a vowel costs less than a
/// consonant and a consonant of the same class (b p, d t, g k c q, s z, f v w, l r, m n) less than another.
/// Unlike the consonant skeleton it keeps the vowels and which consonant of a class was written, so that it can
/// forgive a script's spellings without letting any two names with the same consonants meet. Allocation-free.
/// </summary>
internal static class SpellingAlignment
{
    private const int MaxLength = 40;
    private const float DoubledLetter = 0.05f;
    private const float SilentH = 0.3f;
    private const float ClassChange = 0.3f;
    private const int ShortLength = 3;
    private const int MaxRulesAtOnePlace = 32;

    /// <summary>The bound adds the same costs as the alignment in another order: a margin for float rounding keeps it a bound.</summary>
    internal const float BoundMargin = 1e-3f;

    /// <summary>The longest token aligned; longer ones are similar by nothing.</summary>
    internal const int MaxTokenLength = MaxLength;

    /// <summary>The largest allowance any pair of tokens whose longer one has <paramref name="longer"/> letters gets.</summary>
    internal static float MaxBudget(int longer) =>
        (float)Math.Max(Tuning.MaxShortSpellingCost, (1 - Tuning.MinSpellingSimilarity) * longer) + 1e-4f + BoundMargin;

    /// <summary>
    /// 1 − cost / the longer length, or 0 when below <see cref="Tuning.MinSpellingSimilarity"/> (the alignment
    /// stops as soon as no path can stay above it).
    /// </summary>
    public static double Similarity(ReadOnlySpan<char> native, ReadOnlySpan<char> latin, SpellingProfile profile)
    {
        if (!MayMeet(native, latin)) return 0;
        int n = native.Length, m = latin.Length;
        var longer = Math.Max(n, m);
        // A Chinese or Korean syllable must keep its vowel: 莹 ying is not Yun, 成 cheng not Chen.
        var syllable = profile is SpellingProfile.Han or SpellingProfile.Hangul && VowelGroups(native) <= 1;
        // A Latin syllable without a vowel (Ng, 응 ung) has none to disagree with; a letter alone is an initial.
        if (syllable && SyllableVowel.Of(native) != SyllableVowel.Of(latin) && (SyllableVowel.Of(latin) != '\0' || latin.Length < 2)) return 0;
        // Short tokens and syllables get a fixed allowance: a syllable one vowel off is another (이 i is Lee, not Ra).
        var budget = (float)(longer <= ShortLength || syllable ? Tuning.MaxShortSpellingCost : (1 - Tuning.MinSpellingSimilarity) * longer) + 1e-4f;
        if (SpellingCache.TryGet(native, latin, profile, out var slot, out var cached)) return cached;
        var rules = SpellingRules.For(profile);
        // Many pairs hold letters the other's could not be written as: over the allowance before any alignment.
        var cost = rules.Bound.Of(native, latin, budget + BoundMargin) > budget + BoundMargin ? float.MaxValue : Cost(native, latin, rules, budget);
        var similarity = cost > budget ? 0 : 1 - cost / longer;
        SpellingCache.Set(slot, native, latin, profile, similarity);
        return similarity;
    }

    /// <summary>
    /// False for tokens the alignment gives nothing on their lengths and first sounds alone: empty or too long, or
    /// spellings of one name differ in length by half at most, a few letters apart (מחמד mhmd, Mohammed), and open alike.
    /// </summary>
    internal static bool MayMeet(ReadOnlySpan<char> native, ReadOnlySpan<char> latin)
    {
        int n = native.Length, m = latin.Length;
        return n > 0 && m > 0 && n <= MaxLength && m <= MaxLength && 2 * Math.Min(n, m) + 2 >= Math.Max(n, m) && MayOpenAlike(native, latin);
    }

    /// <summary>The cheapest cost, or a value above <paramref name="budget"/> when every path costs more.</summary>
    internal static float Cost(ReadOnlySpan<char> native, ReadOnlySpan<char> latin, SpellingRules rules, float budget)
    {
        int n = native.Length, m = latin.Length, width = m + 1;
        Span<float> d = stackalloc float[(n + 1) * width];
        d.Fill(float.MaxValue);
        // The cheapest cost reached so far in each row: once no row ahead holds one within budget, no path can end within it.
        Span<float> rowBest = stackalloc float[n + 1];
        rowBest.Fill(float.MaxValue);
        d[0] = 0;
        rowBest[0] = 0;
        var endings = rules.Endings;
        Span<int> applicable = stackalloc int[MaxRulesAtOnePlace];
        // What adding each Latin letter costs, made once rather than in every cell: it depends on the row only at the
        // first letter (an initial liquid before the first native letter), taken apart below.
        Span<float> insert = stackalloc float[m];
        for (var j = 0; j < m; j++) insert[j] = LatinInsert(native, 1, latin, j, rules);
        var insertFirst = m > 0 ? LatinInsert(native, 0, latin, 0, rules) : 0;
        for (var i = 0; i <= n; i++)
        {
            if (!AnyWithin(rowBest[i..], budget)) return float.MaxValue;
            // Dropping this row's native letter costs the same from every column.
            var drop = i < n ? NativeDrop(native, i, rules) : 0;
            // The rules whose native side is written here, found once for the row.
            var starting = i < n ? rules.StartingWith(native[i]) : [];
            var count = 0;
            for (var r = 0; r < starting.Length && count < applicable.Length; r++)
            {
                if (native[i..].StartsWith(starting[r].Native, StringComparison.Ordinal)) applicable[count++] = r;
            }
            for (var j = 0; j <= m; j++)
            {
                var here = d[i * width + j];
                if (here > budget) continue; // costs only grow
                if (i < n && j < m)
                {
                    var change = Change(native[i], latin[j], rules);
                    if (change >= 0) Relax(d, rowBest, i + 1, width, j + 1, here + change);
                }
                if (i < n) Relax(d, rowBest, i + 1, width, j, here + drop);
                if (j < m) Relax(d, rowBest, i, width, j + 1, here + (i == 0 && j == 0 ? insertFirst : insert[j]));
                if (i < n)
                {
                    if (j == m) continue;
                    var next = latin[j];
                    for (var a = 0; a < count; a++)
                    {
                        var rule = starting[applicable[a]];
                        var ruleLatin = rule.Latin;
                        if (ruleLatin[0] != next || !latin[j..].StartsWith(ruleLatin, StringComparison.Ordinal)) continue;
                        Relax(d, rowBest, i + rule.Native.Length, width, j + ruleLatin.Length, here + rule.Cost);
                    }
                }
                else if (j < m)
                {
                    foreach (var ending in endings)
                    {
                        if (latin[j..].SequenceEqual(ending.Latin)) Relax(d, rowBest, n, width, m, here + ending.Cost);
                    }
                }
            }
        }
        return d[n * width + m];
    }

    // Sound groups a letter opening a name may stand for across scripts: vowels and the letters that drop or glide
    // before them (h, y, w, j), labials, dentals, velars, sibilants, liquids, nasals. A letter belongs to every group
    // a romanisation may write it for (g is the h of Russian and the j of zh; c a velar or a sibilant).
    private const byte Open = 1, Labial = 2, Dental = 4, Velar = 8, Sibilant = 16, Liquid = 32, Nasal = 64;

    private static readonly byte[] Groups = BuildGroups();

    private static byte[] BuildGroups()
    {
        var groups = new byte[26];
        void Add(string letters, byte group)
        {
            foreach (var c in letters) groups[c - 'a'] |= group;
        }
        Add("aeiouyhwjg", Open);
        Add("bpfvwh", Labial);
        Add("tds", Dental);
        Add("kgcqxhj", Velar);
        Add("szcxjtdqg", Sibilant);
        Add("lrn", Liquid);
        Add("mn", Nasal);
        return groups;
    }

    /// <summary>
    /// Whether the two tokens may open on the same sound: their first letters, or their first consonants, share a
    /// group. Spellings of one name across scripts nearly always do (Szewczyk and shevchik, 후쿠다 hukuda and
    /// Fukuda); most pairs of names do not, and need no alignment.
    /// </summary>
    internal static bool MayOpenAlike(ReadOnlySpan<char> native, ReadOnlySpan<char> latin) =>
        (GroupOf(native[0]) & GroupOf(latin[0])) != 0 || (GroupOf(FirstConsonant(native)) & GroupOf(FirstConsonant(latin))) != 0
        // Korean drops an initial ㄹ or ㄴ before i and y (이 I, Lee; 류 Yu, Ryu; 녀 yo, Nyeo).
        || (native[0] is 'i' or 'y' && latin[0] is 'l' or 'r' or 'n')
        // English does not say the k of kn (Knowles, 놀스 nols).
        || (native[0] == 'n' && latin.StartsWith("kn"))
        // Brazilian Portuguese says an initial r as h (호드리구 hodrigu, Rodrigo).
        || (native[0] == 'h' && latin[0] == 'r');

    private static byte GroupOf(char c) => (uint)(c - 'a') < 26 ? Groups[c - 'a'] : (byte)0;

    private static char FirstConsonant(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsVowel(c) && c is not ('h' or 'w')) return c;
        }
        return '\0';
    }

    // Runs of vowels: one for a syllable (kyo, hui, xiao), more for a word.
    private static int VowelGroups(ReadOnlySpan<char> s)
    {
        var groups = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (IsVowel(s[i]) && (i == 0 || !IsVowel(s[i - 1]))) groups++;
        }
        return groups;
    }

    private static bool AnyWithin(ReadOnlySpan<float> rows, float budget)
    {
        foreach (var cost in rows)
        {
            if (cost <= budget) return true;
        }
        return false;
    }

    private static void Relax(Span<float> d, Span<float> rowBest, int row, int width, int column, float cost)
    {
        var cell = row * width + column;
        if (cost >= d[cell]) return;
        d[cell] = cost;
        if (cost < rowBest[row]) rowBest[row] = cost;
    }

    // Writing one letter for another: free when equal, cheap between vowels and within a consonant class, else not allowed.
    internal static float Change(char a, char b, SpellingRules rules)
    {
        if (a == b) return 0;
        if (IsVowel(a) && IsVowel(b)) return rules.VowelChange;
        var classA = Class(a);
        if (classA == '\0' || classA != Class(b)) return -1;
        return classA == 'l' ? rules.LiquidChange : ClassChange;
    }

    internal static float NativeDrop(ReadOnlySpan<char> native, int i, SpellingRules rules)
    {
        var c = native[i];
        if (i > 0 && native[i - 1] == c) return DoubledLetter;
        if (IsVowel(c)) return rules.NativeVowelDrop;
        if (c == 'h') return rules.NativeHDrop;
        // A coda: after a vowel (or the n of ng), before a consonant or the end.
        var closes = i + 1 == native.Length || !IsVowel(native[i + 1]);
        return closes && i > 0 && (IsVowel(native[i - 1]) || (c == 'g' && native[i - 1] == 'n')) ? rules.NativeCodaDrop : 1;
    }

    internal static float LatinInsert(ReadOnlySpan<char> native, int i, ReadOnlySpan<char> latin, int j, SpellingRules rules)
    {
        var c = latin[j];
        if (j > 0 && latin[j - 1] == c) return DoubledLetter;
        if (IsVowel(c)) return rules.LatinVowelInsert;
        if (c == 'h') return SilentH;
        if (j == 0 && i == 0 && c is 'l' or 'r' or 'n' && native[0] is 'i' or 'y') return rules.InitialLiquidInsert;
        // A coda: after a vowel, before a consonant or the end.
        if (j > 0 && IsVowel(latin[j - 1]) && (j + 1 == latin.Length || !IsVowel(latin[j + 1])))
            return c == 'r' ? rules.LatinRCodaInsert : rules.LatinCodaInsert;
        return 1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static char Class(char c) => c switch
    {
        'b' or 'p' => 'b',
        'd' or 't' => 'd',
        'g' or 'k' or 'c' or 'q' => 'g',
        's' or 'z' => 's',
        'f' or 'v' or 'w' => 'f',
        'l' or 'r' => 'l',
        'm' or 'n' => 'm',
        _ => '\0',
    };
}
