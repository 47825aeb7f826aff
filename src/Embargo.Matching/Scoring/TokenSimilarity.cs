namespace Embargo.Matching.Scoring;

/// <summary>How alike two name tokens are, and by what rule. Allocation-free.</summary>
internal static class TokenSimilarity
{
    public static double Of(string queryToken, string queryKey, string listedToken, string listedKey, out MatchHow how)
    {
        if (string.Equals(queryToken, listedToken, StringComparison.Ordinal)) { how = MatchHow.Exact; return 1.0; }
        if (string.Equals(queryKey, listedKey, StringComparison.Ordinal)) { how = MatchHow.Phonetic; return Tuning.PhoneticSimilarity; }
        if (queryToken.Length == 1 || listedToken.Length == 1)
        {
            // "D" meets "Dmitry", either way round; digits never stand for words.
            var (initial, word) = queryToken.Length == 1 ? (queryToken, listedToken) : (listedToken, queryToken);
            if (word.Length > 1 && word[0] == initial[0] && char.IsAsciiLetter(initial[0])) { how = MatchHow.Initial; return Tuning.InitialSimilarity; }
            how = MatchHow.None;
            return 0;
        }
        var best = Fuzzy(queryToken, listedToken);
        var byKey = Fuzzy(queryKey, listedKey) * Tuning.PhoneticSimilarity;
        if (byKey > best) best = byKey;
        if (best >= Tuning.MinFuzzySimilarity) { how = MatchHow.Fuzzy; return best; }
        how = MatchHow.None;
        return 0;
    }

    /// <summary>Similarity of two consonant skeletons: equal, or one edit apart when long enough to mean something.</summary>
    public static double OfSkeletons(ReadOnlySpan<char> query, ReadOnlySpan<char> listed)
    {
        if (query.Length < 2 || listed.Length < 2) return 0;
        if (query.SequenceEqual(listed)) return Tuning.SkeletonSimilarity;
        if (query.Length < 4 || listed.Length < 4 || Math.Abs(query.Length - listed.Length) > 1) return 0;
        return Levenshtein.Distance(query, listed, 1) <= 1 ? Tuning.NearSkeletonSimilarity : 0;
    }

    // 1 - edit distance / longer length, for tokens long enough for a typo to be credible.
    private static double Fuzzy(string a, string b)
    {
        if (a.Length < Tuning.MinFuzzyLength || b.Length < Tuning.MinFuzzyLength) return 0;
        var longer = Math.Max(a.Length, b.Length);
        // Beyond this many edits the similarity is below the minimum anyway: stop early.
        var maxEdits = (int)Math.Floor(longer * (1 - Tuning.MinFuzzySimilarity));
        if (Math.Abs(a.Length - b.Length) > maxEdits) return 0;
        var distance = Levenshtein.Distance(a, b, maxEdits);
        return distance > maxEdits ? 0 : 1.0 - (double)distance / longer;
    }
}
