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
internal static partial class NameAligner
{
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
        // Acronyms are written in Latin letters: a romanised token is a word (סעד sad is Saad, not Saad Al-Dawla's initials).
        if (!query.IsNonLatin) PairAcronyms(ref state, query, listed, queryUsed, listedUsed, pairedWith);
        PairNumberPhrases(ref state, query, listed, queryUsed, listedUsed, pairedWith, singleIsQuery: true);
        PairNumberPhrases(ref state, listed, query, listedUsed, queryUsed, pairedWith, singleIsQuery: false);
        // Token similarities, filled once by the first PairBest: pairing more tokens changes none of the others.
        Span<double> sim = stackalloc double[n * m];
        Span<byte> how = stackalloc byte[n * m];
        var filled = false;
        if (query.IsNonLatin != listed.IsNonLatin)
        {
            // Sure pairs first (李尚福 → li shangfu meets LI, Shangfu token by token), then skeletons over splits.
            PairBest(ref state, query, listed, queryUsed, listedUsed, pairedWith, sim, how, ref filled, Tuning.PhoneticSimilarity, organisation);
            if (query.IsNonLatin) PairReadings(ref state, listed, query, listedUsed, queryUsed, pairedWith, singleIsQuery: false);
            else PairReadings(ref state, query, listed, queryUsed, listedUsed, pairedWith, singleIsQuery: true);
            PairSkeletonCompounds(ref state, query, listed, queryUsed, listedUsed, pairedWith, singleIsQuery: true);
            PairSkeletonCompounds(ref state, listed, query, listedUsed, queryUsed, pairedWith, singleIsQuery: false);
        }
        PairBest(ref state, query, listed, queryUsed, listedUsed, pairedWith, sim, how, ref filled, 0, organisation);
        if (query.Profile == SpellingProfile.Hangul && !listed.IsNonLatin)
        {
            PairTitleSyllables(ref state, query, listed, queryUsed, listedUsed, pairedWith, nativeIsQuery: true);
            PairDottedInitials(ref state, listed, query, listedUsed, queryUsed, pairedWith, singleIsQuery: false);
        }
        else if (listed.Profile == SpellingProfile.Hangul && !query.IsNonLatin)
        {
            PairTitleSyllables(ref state, listed, query, listedUsed, queryUsed, pairedWith, nativeIsQuery: false);
            PairDottedInitials(ref state, query, listed, queryUsed, listedUsed, pairedWith, singleIsQuery: true);
        }

        var (queryLeft, queryLeftAncestry, queryLeftWords, queryLeftDesignations) = Unpaired(query, queryUsed, organisation);
        var (listedLeft, listedLeftAncestry, listedLeftWords, listedLeftDesignations) = Unpaired(listed, listedUsed, organisation);
        // Words left on both sides disagree (Al-Mosuli vs Al-Rawi); on one side they are merely missing. So do two
        // designations (of Spain, of France), but not a designation and a name (Jijeung of Silla, 지증왕 ji jung king).
        var conflict = (queryLeftWords && listedLeftWords) || (queryLeftDesignations && listedLeftDesignations);
        var queryFactor = conflict ? Tuning.ConflictingTokenWeight
            : organisation ? Tuning.UnmatchedWeightOrganisation : Tuning.UnmatchedQueryWeight;
        var listedFactor = conflict ? Tuning.ConflictingTokenWeight
            : organisation ? Tuning.UnmatchedWeightOrganisation : Tuning.UnmatchedListedWeight;
        // A patronymic or a forefather's name only one side gives is the commonest thing for a record to leave out.
        var ancestryFactor = conflict ? Tuning.ConflictingTokenWeight : Tuning.UnmatchedAncestryWeight;
        // Korean writes a foreign name by its given name and surname alone (존 스미스, John Henry Smith): beside a Hangul
        // loanword name, a middle name one side alone gives costs the cheaper rate.
        var middles = !conflict && !organisation && query.IsNonLatin != listed.IsNonLatin
            && (query.Profile == SpellingProfile.HangulLoanword || listed.Profile == SpellingProfile.HangulLoanword);
        // Where two of a name's words are paired (a given name and a surname), its other words are names one record
        // gives and the other leaves out, wherever they stand (한스 페터 마이어, Peter Meier).
        var queryNamed = middles && PairedWords(query, queryUsed) >= 2;
        var listedNamed = middles && PairedWords(listed, listedUsed) >= 2;
        var queryMiddle = middles ? MiddleNames(query, queryUsed, queryNamed) : 0;
        var listedMiddle = middles ? MiddleNames(listed, listedUsed, listedNamed) : 0;
        // A regnal number on one side and an epithet or a designation on the other are one thing said two ways.
        var (queryNumbersFree, listedDesignationsFree) = middles ? Alternatives(query, queryUsed, listed, listedUsed) : (false, false);
        var (listedNumbersFree, queryDesignationsFree) = middles ? Alternatives(listed, listedUsed, query, queryUsed) : (false, false);
        var queryFree = FreeWeight(query, queryUsed, queryNumbersFree, queryDesignationsFree);
        var listedFree = FreeWeight(listed, listedUsed, listedNumbersFree, listedDesignationsFree);
        if (explain is not null)
        {
            ExplainUnpaired(explain, query, queryUsed, isQuery: true, organisation, middles, queryNamed, queryNumbersFree, queryDesignationsFree,
                queryFactor, ancestryFactor);
            ExplainUnpaired(explain, listed, listedUsed, isQuery: false, organisation, middles, listedNamed, listedNumbersFree,
                listedDesignationsFree, listedFactor, ancestryFactor);
        }
        var total = state.Total + queryFactor * (queryLeft - queryMiddle) + listedFactor * (listedLeft - listedMiddle)
            + ancestryFactor * (queryLeftAncestry + listedLeftAncestry + queryMiddle + listedMiddle - queryFree - listedFree);
        if (!state.WordMatched || total <= 0) return default;
        var score = state.Matched / total;
        var required = Tuning.MinEvidenceShare * query.MaxTokenWeight;
        if (state.Evidence < required) score *= state.Evidence / required;
        return new NameScore(score, !organisation && IsOrderBroken(query, listed, pairedWith), IsLineageSwapped(query, listed, pairedWith),
            UnpairedLegalClass(query, queryUsed) is { } queryForm && UnpairedLegalClass(listed, listedUsed) is { } listedForm
            && !string.Equals(queryForm, listedForm, StringComparison.Ordinal),
            organisation && (HasUnpairedNumber(query, queryUsed) || HasUnpairedNumber(listed, listedUsed)));
    }

    // Each unpaired token of one name, with what it costs: nothing when it goes free, the cheaper rate for ancestry and
    // middle names, the name's rate otherwise.
    private static void ExplainUnpaired(List<TokenPair> explain, PreparedName name, ReadOnlySpan<bool> used, bool isQuery, bool organisation,
        bool middles, bool named, bool numbersFree, bool designationsFree, double factor, double ancestryFactor)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (used[i]) continue;
            var ancestry = !organisation && IsAncestry(name, i);
            var middle = middles && !ancestry && IsMiddleName(name, used, i, named);
            var how = middle ? "unmatched_middle" : UnmatchedHow(name, i, ancestry);
            var cost = IsFree(name, i, numbersFree, designationsFree) ? 0 : (ancestry || middle ? ancestryFactor : factor) * name.Weights[i];
            explain.Add(isQuery ? new TokenPair(name.Tokens[i], null, 0, how, cost) : new TokenPair(null, name.Tokens[i], 0, how, cost));
        }
    }

    // Tokens whose pairs are evidence of a name: words, and a designation (Margaret of Austria meets 오스트리아의 마르가리타 on both).
    private static bool Names(TokenRole role) => role is TokenRole.Word or TokenRole.Designation;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

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

    private static string Describe(MatchHow how) => how switch
    {
        MatchHow.Exact => "exact",
        MatchHow.Phonetic => "phonetic",
        MatchHow.Fuzzy => "fuzzy",
        MatchHow.Initial => "initial",
        MatchHow.Skeleton => "skeleton",
        MatchHow.Spelling => "spelling",
        MatchHow.LegalForm => "legal_form",
        MatchHow.Number => "number",
        MatchHow.GivenNameVariant => "given_name_variant",
        MatchHow.Inflection => "inflection",
        MatchHow.Abbreviation => "abbreviation",
        MatchHow.Anagram => "anagram",
        MatchHow.MisspeltLegalForm => "misspelt_legal_form",
        MatchHow.VowelVariant => "vowel_variant",
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
