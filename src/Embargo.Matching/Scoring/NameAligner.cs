using Embargo.Matching.Explain;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// Pairs the tokens of a query name with those of a listed name, in any order, and scores the pairing:
/// matched evidence over all evidence, each token weighted by its rarity and role.
/// <code>
/// score = Σ sim·(wq + wl) over pairs / (Σ (wq + wl) over pairs + uq·Σ wq unpaired + ul·Σ wl unpaired)
/// </code>
/// Unpaired tokens cost less when only one side has them (a missing middle name) than when both do (a
/// different surname). Pairs are found in this order: run-together tokens (ALQAIDA = AL QAIDA), acronyms
/// (PLA = People's Liberation Army), then the most similar remaining pair, again and again.
/// A pairing that matches no word token scores 0 ("X CORP" is not "Y CORP"); one whose matched words are
/// all common ("Mohammed") is scaled down by <see cref="Tuning.MinEvidenceShare"/>.
/// </summary>
internal static class NameAligner
{
    private const int MaxCells = PreparedName.MaxTokens * PreparedName.MaxTokens;

    public static NameScore Score(PreparedName query, PreparedName listed, bool organisation) => Align(query, listed, organisation, null);

    /// <summary>Scores and, when <paramref name="explain"/> is given, records every pair and unpaired token.</summary>
    public static NameScore Align(PreparedName query, PreparedName listed, bool organisation, List<TokenPair>? explain)
    {
        int n = query.Length, m = listed.Length;
        if (n == 0 || m == 0) return default;
        var state = new State(explain);
        Span<bool> queryUsed = stackalloc bool[n];
        Span<bool> listedUsed = stackalloc bool[m];
        // Query position → listed position of its pair, for the order check.
        Span<int> pairedWith = stackalloc int[n];
        pairedWith.Fill(-1);

        PairCompounds(ref state, query, listed, queryUsed, listedUsed, pairedWith, singleIsQuery: true);
        PairCompounds(ref state, listed, query, listedUsed, queryUsed, pairedWith, singleIsQuery: false);
        PairAcronyms(ref state, query, listed, queryUsed, listedUsed, pairedWith);
        PairNumberPhrases(ref state, query, listed, queryUsed, listedUsed, pairedWith, singleIsQuery: true);
        PairNumberPhrases(ref state, listed, query, listedUsed, queryUsed, pairedWith, singleIsQuery: false);
        if (query.IsNonLatin != listed.IsNonLatin)
        {
            // Sure pairs first (李尚福 → li shangfu meets LI, Shangfu token by token), then skeletons over splits.
            PairBest(ref state, query, listed, queryUsed, listedUsed, pairedWith, Tuning.PhoneticSimilarity);
            PairSkeletonCompounds(ref state, query, listed, queryUsed, listedUsed, pairedWith, singleIsQuery: true);
            PairSkeletonCompounds(ref state, listed, query, listedUsed, queryUsed, pairedWith, singleIsQuery: false);
        }
        PairBest(ref state, query, listed, queryUsed, listedUsed, pairedWith, 0);

        var queryLeft = 0.0;
        var listedLeft = 0.0;
        var queryLeftWords = false;
        var listedLeftWords = false;
        for (var i = 0; i < n; i++)
        {
            if (queryUsed[i]) continue;
            queryLeft += query.Weights[i];
            queryLeftWords |= query.Roles[i] == TokenRole.Word;
        }
        for (var j = 0; j < m; j++)
        {
            if (listedUsed[j]) continue;
            listedLeft += listed.Weights[j];
            listedLeftWords |= listed.Roles[j] == TokenRole.Word;
        }
        // Words left on both sides disagree (Al-Mosuli vs Al-Rawi); on one side they are merely missing.
        var conflict = queryLeftWords && listedLeftWords;
        var queryFactor = conflict ? Tuning.ConflictingTokenWeight : Tuning.UnmatchedQueryWeight;
        var listedFactor = conflict ? Tuning.ConflictingTokenWeight
            : organisation ? Tuning.UnmatchedListedWeightOrganisation : Tuning.UnmatchedListedWeight;
        if (explain is not null)
        {
            for (var i = 0; i < n; i++)
                if (!queryUsed[i]) explain.Add(new TokenPair(query.Tokens[i], null, 0, "unmatched", queryFactor * query.Weights[i]));
            for (var j = 0; j < m; j++)
                if (!listedUsed[j]) explain.Add(new TokenPair(null, listed.Tokens[j], 0, "unmatched", listedFactor * listed.Weights[j]));
        }
        var total = state.Total + queryFactor * queryLeft + listedFactor * listedLeft;
        if (!state.WordMatched || total <= 0) return default;
        var score = state.Matched / total;
        var required = Tuning.MinEvidenceShare * query.MaxTokenWeight;
        if (state.Evidence < required) score *= state.Evidence / required;
        return new NameScore(score, IsOrderBroken(pairedWith));
    }

    // ALQAIDA meets AL + QAIDA (and VANDERBILT meets VAN DER BILT) whole, before either part is paired elsewhere.
    private static void PairCompounds(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i]) continue;
            var whole = single.Tokens[i];
            for (var j = 0; j + 1 < split.Length; j++)
            {
                var parts = ConcatenationLength(whole, split, j, splitUsed);
                if (parts < 2) continue;
                PairRun(ref state, single, i, split, j, parts, 1.0, "compound", singleUsed, splitUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // How many tokens from split[start] run together into whole (0 when they do not).
    private static int ConcatenationLength(string whole, PreparedName split, int start, Span<bool> used)
    {
        var offset = 0;
        for (var k = start; k < split.Length && k - start < 3; k++)
        {
            if (used[k]) return 0;
            var part = split.Tokens[k];
            if (offset + part.Length > whole.Length || string.CompareOrdinal(whole, offset, part, 0, part.Length) != 0) return 0;
            offset += part.Length;
            if (offset == whole.Length) return k - start + 1;
        }
        return 0;
    }

    // Pairs one token of one name with a run of tokens of the other. pairedWith is always indexed by query position.
    private static void PairRun(ref State state, PreparedName single, int i, PreparedName split, int start, int parts, double similarity,
        string how, Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        var splitWeight = 0f;
        for (var k = start; k < start + parts; k++)
        {
            splitUsed[k] = true;
            splitWeight += split.Weights[k];
            if (!singleIsQuery) pairedWith[k] = i;
        }
        singleUsed[i] = true;
        var joined = string.Join(" ", split.Tokens, start, parts);
        if (singleIsQuery)
        {
            pairedWith[i] = start;
            state.Pair(single.Weights[i], splitWeight, similarity, true, single.Tokens[i], joined, how);
        }
        else
        {
            state.Pair(splitWeight, single.Weights[i], similarity, true, joined, single.Tokens[i], how);
        }
    }

    // Scripts split names differently: 박도춘 is one token, Pak To-chun three; 施尼特克 is four syllables, Schnittker
    // one word. Across scripts, a token whose skeleton is the run-together skeletons of 2–4 adjacent tokens pairs whole.
    private static void PairSkeletonCompounds(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        // The run-together skeletons are built in place: beyond whole + 1 letters they can no longer match.
        var longest = 0;
        for (var i = 0; i < single.Length; i++) longest = Math.Max(longest, single.SkeletonOf(i).Length);
        Span<char> buffer = longest < 254 ? stackalloc char[longest + 2] : new char[longest + 2];
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i]) continue;
            var whole = single.SkeletonOf(i);
            if (whole.Length < 3) continue;
            for (var j = 0; j + 1 < split.Length; j++)
            {
                var length = 0;
                var parts = 0;
                var similarity = 0.0;
                for (var k = j; k < split.Length && k - j < 4 && !splitUsed[k]; k++)
                {
                    var part = split.SkeletonOf(k);
                    if (length + part.Length > whole.Length + 1) break;
                    part.CopyTo(buffer[length..]);
                    length += part.Length;
                    if (k == j) continue;
                    similarity = TokenSimilarity.OfSkeletons(whole, buffer[..length]);
                    if (similarity > 0) { parts = k - j + 1; break; }
                }
                if (parts < 2) continue;
                PairRun(ref state, single, i, split, j, parts, similarity, "skeleton", singleUsed, splitUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // "Forty Four" (or "Forty 4") meets "44": a tens word and a unit on one side, the number on the other.
    private static void PairNumberPhrases(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i] || single.Numbers[i] <= 20) continue;
            for (var j = 0; j + 1 < split.Length; j++)
            {
                if (splitUsed[j] || splitUsed[j + 1] || !NumberWords.IsTens(split.Numbers[j])) continue;
                var unit = split.Numbers[j + 1];
                if (unit is < 1 or > 9 || split.Numbers[j] + unit != single.Numbers[i]) continue;
                PairRun(ref state, single, i, split, j, 2, 1.0, "number", singleUsed, splitUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // PLA meets People's Liberation Army: a short query token spelled by the initials of consecutive listed words.
    private static void PairAcronyms(ref State state, PreparedName query, PreparedName listed, Span<bool> queryUsed, Span<bool> listedUsed, Span<int> pairedWith)
    {
        for (var i = 0; i < query.Length; i++)
        {
            var token = query.Tokens[i];
            if (queryUsed[i] || token.Length is < 2 or > 8 || !char.IsAsciiLetter(token[0])) continue;
            for (var j = 0; j + token.Length <= listed.Length; j++)
            {
                var k = 0;
                while (k < token.Length && !listedUsed[j + k] && listed.Tokens[j + k].Length > 1 && listed.Tokens[j + k][0] == token[k]) k++;
                if (k != token.Length) continue;
                var weight = 0f;
                for (k = 0; k < token.Length; k++)
                {
                    listedUsed[j + k] = true;
                    weight += listed.Weights[j + k];
                }
                queryUsed[i] = true;
                pairedWith[i] = j;
                state.Pair(query.Weights[i], weight, Tuning.AcronymSimilarity, true, token, string.Join(" ", listed.Tokens, j, token.Length), "acronym");
                break;
            }
        }
    }

    // Pairs the most similar remaining tokens, again and again, down to minSimilarity (exclusive of 0).
    private static void PairBest(ref State state, PreparedName query, PreparedName listed, Span<bool> queryUsed, Span<bool> listedUsed,
        Span<int> pairedWith, double minSimilarity)
    {
        int n = query.Length, m = listed.Length;
        Span<double> sim = stackalloc double[MaxCells];
        Span<byte> how = stackalloc byte[MaxCells];
        // Across scripts, a transliteration's vowels are guesses: the consonant skeletons may pair what keys miss.
        var crossScript = query.IsNonLatin != listed.IsNonLatin;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (queryUsed[i] || listedUsed[j]) { sim[i * m + j] = 0; continue; }
                var s = TokenSimilarity.Of(query.Tokens[i], query.Keys[i], listed.Tokens[j], listed.Keys[j], out var h);
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
                if (crossScript && s < Tuning.SkeletonSimilarity)
                {
                    var bySkeleton = TokenSimilarity.OfSkeletons(query.SkeletonOf(i), listed.SkeletonOf(j));
                    if (bySkeleton > s) { s = bySkeleton; h = MatchHow.Skeleton; }
                }
                sim[i * m + j] = s;
                how[i * m + j] = (byte)h;
            }
        }
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
            var words = query.Roles[bestI] == TokenRole.Word && listed.Roles[bestJ] == TokenRole.Word;
            state.Pair(query.Weights[bestI], listed.Weights[bestJ], best, words, query.Tokens[bestI], listed.Tokens[bestJ],
                Describe((MatchHow)how[bestI * m + bestJ]));
        }
    }

    /// <summary>
    /// True when the paired tokens appear in an order that is neither the listed order rotated (SURNAME, Given ↔
    /// Given SURNAME) nor reversed: "Salman bin Muhammad" is not "Muhammad bin Salman".
    /// </summary>
    private static bool IsOrderBroken(ReadOnlySpan<int> pairedWith)
    {
        Span<int> order = stackalloc int[pairedWith.Length];
        var count = 0;
        foreach (var j in pairedWith)
        {
            if (j >= 0) order[count++] = j;
        }
        if (count < 3) return false;
        order = order[..count];
        // Rank the listed positions so gaps (unpaired tokens) do not matter.
        Span<int> rank = stackalloc int[count];
        for (var a = 0; a < count; a++)
        {
            var r = 0;
            for (var b = 0; b < count; b++) if (order[b] < order[a]) r++;
            rank[a] = r;
        }
        bool rotation = true, reversal = true;
        for (var a = 1; a < count; a++)
        {
            if (rank[a] != (rank[a - 1] + 1) % count) rotation = false;
            if (rank[a] != (rank[a - 1] - 1 + count) % count) reversal = false;
        }
        return !rotation && !reversal;
    }

    private static string Describe(MatchHow how) => how switch
    {
        MatchHow.Exact => "exact",
        MatchHow.Phonetic => "phonetic",
        MatchHow.Fuzzy => "fuzzy",
        MatchHow.Initial => "initial",
        MatchHow.Skeleton => "skeleton",
        MatchHow.LegalForm => "legal_form",
        MatchHow.Number => "number",
        _ => "none",
    };

    /// <summary>Running sums of one alignment.</summary>
    private struct State(List<TokenPair>? explain)
    {
        private readonly List<TokenPair>? _explain = explain;

        public double Matched;
        public double Total;
        public double Evidence;
        public bool WordMatched;

        public void Pair(double queryWeight, double listedWeight, double similarity, bool words, string q, string l, string how)
        {
            var weight = queryWeight + listedWeight;
            Matched += similarity * weight;
            Total += weight;
            if (words)
            {
                WordMatched = true;
                Evidence += similarity * queryWeight;
            }
            _explain?.Add(new TokenPair(q, l, similarity, how, weight));
        }
    }
}
