using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

// Token-by-token similarities and the greedy pairing of the most similar pairs.
internal static partial class NameAligner
{
    // Pairs the most similar remaining tokens, again and again, down to minSimilarity (exclusive of 0). sim and how
    // hold n × m cells (names have at most PreparedName.MaxTokens tokens), filled on the first call.
    private static void PairBest(ref State state, PreparedName query, PreparedName listed, Span<bool> queryUsed, Span<bool> listedUsed,
        Span<int> pairedWith, Span<double> sim, Span<byte> how, ref bool filled, double minSimilarity, bool organisation)
    {
        if (!filled) FillSimilarities(query, listed, queryUsed, listedUsed, sim, how, organisation);
        else ForgetUsed(query.Length, listed.Length, queryUsed, listedUsed, sim);
        filled = true;
        // Spellings pair below the sure pairs' minimum, and only tokens with no pair as good yet: a token that has one
        // keeps it (the most similar pairs go first), so aligning its spellings would change nothing.
        if (query.IsNonLatin != listed.IsNonLatin && minSimilarity < Tuning.SpellingSimilarity)
            PairSpellings(query, listed, queryUsed, listedUsed, sim, how);
        PairGreedily(ref state, query, listed, queryUsed, listedUsed, pairedWith, sim, how, minSimilarity);
    }

    // Tokens paired since the similarities were filled count as they would in a fresh fill: not at all.
    private static void ForgetUsed(int n, int m, ReadOnlySpan<bool> queryUsed, ReadOnlySpan<bool> listedUsed, Span<double> sim)
    {
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (queryUsed[i] || listedUsed[j]) sim[i * m + j] = 0;
            }
        }
    }

    // The similarity of every pair of tokens not yet used, and how each was reached.
    private static void FillSimilarities(PreparedName query, PreparedName listed, Span<bool> queryUsed, Span<bool> listedUsed,
        Span<double> sim, Span<byte> how, bool organisation)
    {
        int n = query.Length, m = listed.Length;
        // Across scripts, a transliteration's vowels are guesses: the consonant skeletons may pair what keys miss.
        var crossScript = query.IsNonLatin != listed.IsNonLatin;
        var openSyllables = query.WritesOpenSyllables || listed.WritesOpenSyllables;
        // Two names in Chinese characters: a character is the same or another, and two readings alike (近朋 jinpeng,
        // 近平 jinping) are two names; the same character in its simplified and traditional forms reads the same.
        var bothHan = query.Profile == SpellingProfile.Han && listed.Profile == SpellingProfile.Han;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (queryUsed[i] || listedUsed[j]) { sim[i * m + j] = 0; continue; }
                var s = TokenSimilarity.Of(query.Tokens[i], query.Keys[i], listed.Tokens[j], listed.Keys[j], out var h, out var keysFuzzy);
                // The same number in digits or words: 1st = first, 44 = 44.
                if (s < 1 && query.Numbers[i] >= 0 && query.Numbers[i] == listed.Numbers[j])
                {
                    s = 1;
                    h = MatchHow.Number;
                }
                // Equivalent legal forms meet whatever their spelling: AG = Aktiengesellschaft, OOO = LLC.
                if (s < 1 && query.LegalClasses[i] is { } legal && string.Equals(legal, listed.LegalClasses[j], StringComparison.Ordinal))
                {
                    s = 1;
                    h = MatchHow.LegalForm;
                }
                // A legal form one letter off, where both names end (or open) with it: Siemens AkG = Siemens AG.
                if (organisation && s < Tuning.MisspeltLegalFormSimilarity && MisspeltLegalForms.Pair(query, i, listed, j))
                {
                    s = Tuning.MisspeltLegalFormSimilarity;
                    h = MatchHow.MisspeltLegalForm;
                }
                // An abbreviated word of a company's name: Intl = International, Mfg = Manufacturing.
                if (organisation && s < Tuning.AbbreviationSimilarity && Abbreviations.Contracts(query.Tokens[i], listed.Tokens[j]))
                {
                    s = Tuning.AbbreviationSimilarity;
                    h = MatchHow.Abbreviation;
                }
                // A short form of a given name: Bill = William, Sasha = Alexander.
                if (s < Tuning.GivenNameVariantSimilarity && query.GivenNameFamilies[i].Length > 0
                    && GivenNameVariants.Share(query.GivenNameFamilies[i], listed.GivenNameFamilies[j]))
                {
                    s = Tuning.GivenNameVariantSimilarity;
                    h = MatchHow.GivenNameVariant;
                }
                if (crossScript && s < Tuning.SkeletonSimilarity)
                {
                    // A key one letter off is a romanisation variant more often than another name (токудзи, Tokuji).
                    var byKey = TokenSimilarity.OfKeysAcrossScripts(keysFuzzy, query.Keys[i], listed.Keys[j]);
                    if (byKey > s) { s = byKey; h = MatchHow.Fuzzy; }
                    var bySkeleton = TokenSimilarity.AcrossScripts(query, i, listed, j, openSyllables);
                    if (bySkeleton > s) { s = bySkeleton; h = MatchHow.Skeleton; }
                }
                if (bothHan && s < 1) s = 0;
                sim[i * m + j] = s;
                how[i * m + j] = (byte)h;
            }
        }
    }

    private static void PairGreedily(ref State state, PreparedName query, PreparedName listed, Span<bool> queryUsed, Span<bool> listedUsed,
        Span<int> pairedWith, ReadOnlySpan<double> sim, ReadOnlySpan<byte> how, double minSimilarity)
    {
        int n = query.Length, m = listed.Length;
        while (true)
        {
            int bestI = -1, bestJ = -1;
            var best = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (queryUsed[i]) continue;
                for (var j = 0; j < m; j++)
                {
                    if (listedUsed[j]) continue;
                    var s = sim[i * m + j];
                    if (s > best) { best = s; bestI = i; bestJ = j; }
                }
            }
            if (bestI < 0 || best < minSimilarity) return;
            queryUsed[bestI] = listedUsed[bestJ] = true;
            pairedWith[bestI] = bestJ;
            var words = Names(query.Roles[bestI]) && Names(listed.Roles[bestJ]);
            state.Pair(query.Weights[bestI], listed.Weights[bestJ], best, words, query.Tokens[bestI], listed.Tokens[bestJ],
                Describe((MatchHow)how[bestI * m + bestJ]));
        }
    }

    // Fills in the spelling similarities of the tokens whose best similarity so far is below a spelling's.
    private static void PairSpellings(PreparedName query, PreparedName listed, ReadOnlySpan<bool> queryUsed, ReadOnlySpan<bool> listedUsed,
        Span<double> sim, Span<byte> how)
    {
        int n = query.Length, m = listed.Length;
        // The tokens still looking for a pair: unused, and without one as good as a spelling's.
        Span<bool> queryOpen = stackalloc bool[n];
        Span<bool> listedOpen = stackalloc bool[m];
        var anyQuery = false;
        var anyListed = false;
        for (var i = 0; i < n; i++)
        {
            queryOpen[i] = !queryUsed[i];
            for (var j = 0; j < m && queryOpen[i]; j++) queryOpen[i] = sim[i * m + j] < Tuning.SpellingSimilarity;
            anyQuery |= queryOpen[i];
        }
        for (var j = 0; j < m; j++)
        {
            listedOpen[j] = !listedUsed[j];
            for (var i = 0; i < n && listedOpen[j]; i++) listedOpen[j] = sim[i * m + j] < Tuning.SpellingSimilarity;
            anyListed |= listedOpen[j];
        }
        if (!anyQuery || !anyListed) return;
        var native = query.IsNonLatin ? query : listed;
        var latin = query.IsNonLatin ? listed : query;
        var sketches = SpellingSketches.For(native);
        for (var i = 0; i < n; i++)
        {
            if (!queryOpen[i]) continue;
            for (var j = 0; j < m; j++)
            {
                if (!listedOpen[j]) continue;
                var (nativeToken, latinToken) = query.IsNonLatin ? (i, j) : (j, i);
                // Most pairs are apart in length, first sound or letters: no alignment for them.
                if (sketches.RuledOut(native, nativeToken, latin, latinToken)) continue;
                var bySpelling = TokenSimilarity.BySpelling(native.Tokens[nativeToken], latin.Tokens[latinToken], native.Profile);
                if (bySpelling <= sim[i * m + j]) continue;
                sim[i * m + j] = bySpelling;
                how[i * m + j] = (byte)MatchHow.Spelling;
            }
        }
    }
}
