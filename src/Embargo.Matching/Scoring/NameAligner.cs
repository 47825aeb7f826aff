using Embargo.Matching.Explain;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// Pairs the tokens of a query name with those of a listed name, in any order, and scores the pairing:
/// matched evidence over all evidence, each token weighted by its rarity and role.
/// <code>
/// score = Σ sim·(wq + wl) over pairs / (Σ (wq + wl) over pairs + 0.8·Σ wq unpaired + 0.5·Σ wl unpaired)
/// </code>
/// A pairing that matches no word token (only legal forms, particles or titles) scores 0: "X CORP" is not "Y CORP";
/// one whose matched words are all common ("Mohammed") is scaled down by <see cref="Tuning.MinEvidenceShare"/>.
/// </summary>
internal static class NameAligner
{
    private const int MaxCells = PreparedName.MaxTokens * PreparedName.MaxTokens;

    public static double Score(PreparedName query, PreparedName listed) => Align(query, listed, null);

    /// <summary>Scores and, when <paramref name="explain"/> is given, records every pair and unpaired token.</summary>
    public static double Align(PreparedName query, PreparedName listed, List<TokenPair>? explain)
    {
        int n = query.Length, m = listed.Length;
        if (n == 0 || m == 0) return 0;
        Span<double> sim = stackalloc double[MaxCells];
        Span<byte> how = stackalloc byte[MaxCells];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                sim[i * m + j] = TokenSimilarity.Of(query.Tokens[i], query.Keys[i], listed.Tokens[j], listed.Keys[j], out var h);
                how[i * m + j] = (byte)h;
            }
        }
        Span<bool> queryUsed = stackalloc bool[n];
        Span<bool> listedUsed = stackalloc bool[m];
        double matched = 0, total = 0, evidence = 0;
        var wordMatched = false;

        // Run-together tokens first: ALQAIDA meets AL + QAIDA whole, before either half is paired elsewhere.
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j + 1 < m; j++)
            {
                if (listedUsed[j] || listedUsed[j + 1] || queryUsed[i]) continue;
                if (!IsConcatenation(query.Tokens[i], listed.Tokens[j], listed.Tokens[j + 1])) continue;
                var weight = query.Weights[i] + listed.Weights[j] + listed.Weights[j + 1];
                matched += weight;
                evidence += query.Weights[i];
                total += weight;
                queryUsed[i] = listedUsed[j] = listedUsed[j + 1] = true;
                wordMatched = true;
                explain?.Add(new TokenPair(query.Tokens[i], listed.Tokens[j] + " " + listed.Tokens[j + 1], 1.0, "compound", weight));
            }
        }
        for (var j = 0; j < m; j++)
        {
            for (var i = 0; i + 1 < n; i++)
            {
                if (queryUsed[i] || queryUsed[i + 1] || listedUsed[j]) continue;
                if (!IsConcatenation(listed.Tokens[j], query.Tokens[i], query.Tokens[i + 1])) continue;
                var weight = query.Weights[i] + query.Weights[i + 1] + listed.Weights[j];
                matched += weight;
                evidence += query.Weights[i] + query.Weights[i + 1];
                total += weight;
                queryUsed[i] = queryUsed[i + 1] = listedUsed[j] = true;
                wordMatched = true;
                explain?.Add(new TokenPair(query.Tokens[i] + " " + query.Tokens[i + 1], listed.Tokens[j], 1.0, "compound", weight));
            }
        }

        // Then the best remaining pair, again and again.
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
            if (bestI < 0) break;
            queryUsed[bestI] = listedUsed[bestJ] = true;
            var weight = query.Weights[bestI] + listed.Weights[bestJ];
            matched += best * weight;
            total += weight;
            if (query.Roles[bestI] == TokenRole.Word && listed.Roles[bestJ] == TokenRole.Word)
            {
                wordMatched = true;
                evidence += best * query.Weights[bestI];
            }
            explain?.Add(new TokenPair(query.Tokens[bestI], listed.Tokens[bestJ], best, Describe((MatchHow)how[bestI * m + bestJ]), weight));
        }

        for (var i = 0; i < n; i++)
        {
            if (queryUsed[i]) continue;
            total += Tuning.UnmatchedQueryWeight * query.Weights[i];
            explain?.Add(new TokenPair(query.Tokens[i], null, 0, "unmatched", Tuning.UnmatchedQueryWeight * query.Weights[i]));
        }
        for (var j = 0; j < m; j++)
        {
            if (listedUsed[j]) continue;
            total += Tuning.UnmatchedListedWeight * listed.Weights[j];
            explain?.Add(new TokenPair(null, listed.Tokens[j], 0, "unmatched", Tuning.UnmatchedListedWeight * listed.Weights[j]));
        }
        if (!wordMatched || total <= 0) return 0;
        var score = matched / total;
        var required = Tuning.MinEvidenceShare * query.MaxTokenWeight;
        return evidence >= required ? score : score * evidence / required;
    }

    private static bool IsConcatenation(string whole, string first, string second) =>
        whole.Length == first.Length + second.Length
        && whole.StartsWith(first, StringComparison.Ordinal)
        && whole.EndsWith(second, StringComparison.Ordinal);

    private static string Describe(MatchHow how) => how switch
    {
        MatchHow.Exact => "exact",
        MatchHow.Phonetic => "phonetic",
        MatchHow.Fuzzy => "fuzzy",
        MatchHow.Initial => "initial",
        MatchHow.Compound => "compound",
        _ => "none",
    };
}
