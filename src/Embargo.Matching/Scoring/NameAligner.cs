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
            for (var i = 0; i < n; i++)
            {
                if (queryUsed[i]) continue;
                var ancestry = !organisation && IsAncestry(query, i);
                var middle = middles && !ancestry && IsMiddleName(query, queryUsed, i, queryNamed);
                var free = IsFree(query, i, queryNumbersFree, queryDesignationsFree);
                explain.Add(new TokenPair(query.Tokens[i], null, 0, middle ? "unmatched_middle" : UnmatchedHow(query, i, ancestry),
                    free ? 0 : (ancestry || middle ? ancestryFactor : queryFactor) * query.Weights[i]));
            }
            for (var j = 0; j < m; j++)
            {
                if (listedUsed[j]) continue;
                var ancestry = !organisation && IsAncestry(listed, j);
                var middle = middles && !ancestry && IsMiddleName(listed, listedUsed, j, listedNamed);
                var free = IsFree(listed, j, listedNumbersFree, listedDesignationsFree);
                explain.Add(new TokenPair(null, listed.Tokens[j], 0, middle ? "unmatched_middle" : UnmatchedHow(listed, j, ancestry),
                    free ? 0 : (ancestry || middle ? ancestryFactor : listedFactor) * listed.Weights[j]));
            }
        }
        var total = state.Total + queryFactor * (queryLeft - queryMiddle) + listedFactor * (listedLeft - listedMiddle)
            + ancestryFactor * (queryLeftAncestry + listedLeftAncestry + queryMiddle + listedMiddle - queryFree - listedFree);
        if (!state.WordMatched || total <= 0) return default;
        var score = state.Matched / total;
        var required = Tuning.MinEvidenceShare * query.MaxTokenWeight;
        if (state.Evidence < required) score *= state.Evidence / required;
        return new NameScore(score, !organisation && IsOrderBroken(query, listed, pairedWith), IsLineageSwapped(query, listed, pairedWith),
            UnpairedLegalClass(query, queryUsed) is { } queryForm && UnpairedLegalClass(listed, listedUsed) is { } listedForm
            && !string.Equals(queryForm, listedForm, StringComparison.Ordinal));
    }

    // Weights of a name's unpaired tokens: ordinary ones, and patronymics or forefathers' names (ancestry); and whether
    // any unpaired token is a word.
    private static (double Plain, double Ancestry, bool Words, bool Designations) Unpaired(PreparedName name, ReadOnlySpan<bool> used,
        bool organisation)
    {
        double plain = 0, ancestry = 0;
        bool words = false, designations = false;
        for (var i = 0; i < name.Length; i++)
        {
            if (used[i]) continue;
            if (!organisation && IsAncestry(name, i)) ancestry += name.Weights[i];
            else plain += name.Weights[i];
            words |= name.Roles[i] == TokenRole.Word;
            designations |= name.Roles[i] == TokenRole.Designation;
        }
        return (plain, ancestry, words, designations);
    }

    // The weight of a name's unpaired words that stand between two paired tokens (Henry in John Henry Smith against
    // 존 스미스), of its unpaired initials (P. in P. David Jones against 데이비드 존스), and, where the name is
    // named (two of its words paired), of all its unpaired words, ancestry aside: they cost the ancestry rate instead
    // of the plain one.
    private static double MiddleNames(PreparedName name, ReadOnlySpan<bool> used, bool named)
    {
        var weight = 0.0;
        for (var i = 0; i < name.Length; i++)
        {
            if (!used[i] && !IsAncestry(name, i) && IsMiddleName(name, used, i, named)) weight += name.Weights[i];
        }
        return weight;
    }

    // An unpaired word with a paired token before it and one after it, an initial of a Latin name, or any word of a
    // name two of whose words are paired.
    private static bool IsMiddleName(PreparedName name, ReadOnlySpan<bool> used, int i, bool named) =>
        name.Roles[i] == TokenRole.Word
        && (named || (used[..i].Contains(true) && used[(i + 1)..name.Length].Contains(true)) || (!name.IsNonLatin && name.Tokens[i].Length == 1));

    private static int PairedWords(PreparedName name, ReadOnlySpan<bool> used)
    {
        var count = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (used[i] && name.Roles[i] == TokenRole.Word) count++;
        }
        return count;
    }

    // A regnal number one name leaves unpaired and an epithet or a designation the other does (알폰소 10세, Alfonso the
    // Wise) tell the same namesakes apart: only the costlier of the two is charged.
    // Which of them goes free: the first name's numbers, or the second name's designations.
    private static (bool NumbersFree, bool DesignationsFree) Alternatives(PreparedName numbered, ReadOnlySpan<bool> numberedUsed,
        PreparedName designated, ReadOnlySpan<bool> designatedUsed)
    {
        double numbers = 0, designations = 0;
        for (var i = 0; i < numbered.Length; i++)
        {
            if (!numberedUsed[i] && IsNumberWord(numbered, i)) numbers += numbered.Weights[i];
        }
        for (var j = 0; j < designated.Length; j++)
        {
            if (!designatedUsed[j] && IsDesignationPart(designated, j)) designations += designated.Weights[j];
        }
        if (numbers <= 0 || designations <= 0) return (false, false);
        return numbers <= designations ? (true, false) : (false, true);
    }

    // The weight of a name's unpaired tokens that go free (see Alternatives).
    private static double FreeWeight(PreparedName name, ReadOnlySpan<bool> used, bool numbersFree, bool designationsFree)
    {
        if (!numbersFree && !designationsFree) return 0;
        var weight = 0.0;
        for (var i = 0; i < name.Length; i++)
        {
            if (!used[i] && IsFree(name, i, numbersFree, designationsFree)) weight += name.Weights[i];
        }
        return weight;
    }

    private static bool IsFree(PreparedName name, int i, bool numbersFree, bool designationsFree) =>
        (numbersFree && IsNumberWord(name, i)) || (designationsFree && IsDesignationPart(name, i));

    private static bool IsNumberWord(PreparedName name, int i) => name.Roles[i] == TokenRole.Word && IsRegnalNumber(name, i);

    // A designation, or the particle that opens it (of in of Castile, the in the Conqueror).
    private static bool IsDesignationPart(PreparedName name, int i) =>
        name.Roles[i] == TokenRole.Designation
        || (name.Roles[i] == TokenRole.Particle && i + 1 < name.Length && name.Roles[i + 1] == TokenRole.Designation);

    // A token records leave out more than others, which costs the cheaper rate unpaired: a patronymic (Viktorovich,
    // Aliyevna, Mammad oglu), the name after a lineage particle (ibn Awad), a title that is also a name (King, Duke),
    // a regnal number (Philip II, 필리프 2세) — words still, so that left on both sides they conflict (Louis XIV, Louis
    // XV) — and a person's designation or epithet (of Silla, the Great), which conflicts only with another.
    // The particle that opens a designation (of, the) goes with it.
    internal static bool IsAncestry(PreparedName name, int i) =>
        IsDesignationPart(name, i)
        || (name.Roles[i] == TokenRole.Word && (TokenRoles.IsPatronymic(name.Tokens[i]) || (i > 0 && TokenRoles.IsLineageParticle(name.Tokens[i - 1]))
            || TokenRoles.IsTitleWord(name.Tokens[i]) || IsRegnalNumber(name, i) || IsKingAfterName(name, i)));

    // 왕 written as a word of its own after a foreign name in Hangul: the title King (쇼타이 왕, King Shō Tai) or the surname
    // Wang (앤서니 왕, Anthony Wang). It pairs as the name it may be, and left unpaired it costs what a title does.
    private static bool IsKingAfterName(PreparedName name, int i) =>
        name.Profile == SpellingProfile.HangulLoanword && i > 0 && i == name.Length - 1 && name.Tokens[i] == "wang";

    // A number in a name: II, 2nd, 2세 (2se). Roman numerals only in Latin names: a romanised 이 (i) is the surname Lee.
    private static bool IsRegnalNumber(PreparedName name, int i) =>
        name.Numbers[i] >= 0 && (!name.IsNonLatin || name.Tokens[i].AsSpan().IndexOfAnyInRange('0', '9') >= 0);

    // How an unpaired token is explained: at the cheap rate, a title, a regnal number or a designation (of Silla) is
    // unmatched_title, a patronymic or a forefather unmatched_ancestry.
    private static string UnmatchedHow(PreparedName name, int i, bool cheap) =>
        !cheap ? "unmatched"
        : name.Roles[i] is TokenRole.Designation or TokenRole.Particle || TokenRoles.IsTitleWord(name.Tokens[i]) || IsRegnalNumber(name, i)
            || IsKingAfterName(name, i)
            ? "unmatched_title" : "unmatched_ancestry";

    // Tokens whose pairs are evidence of a name: words, and a designation (Margaret of Austria meets 오스트리아의 마르가리타 on both).
    private static bool Names(TokenRole role) => role is TokenRole.Word or TokenRole.Designation;

    // ALQAIDA meets AL + QAIDA (and VANDERBILT meets VAN DER BILT) whole, before either part is paired elsewhere. Where
    // a part is a particle its vowel may differ, as the Arabic article's does: ABDUL = ABD AL, ABDELAZIZ = ABD AL AZIZ.
    private static void PairCompounds(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i]) continue;
            var whole = single.Tokens[i];
            for (var j = 0; j + 1 < split.Length; j++)
            {
                var parts = ConcatenationLength(whole, split, j, splitUsed, out var vowelsDiffer);
                if (parts < 2) continue;
                PairRun(ref state, single, i, split, j, parts, vowelsDiffer ? Tuning.PhoneticSimilarity : 1.0, "compound",
                    singleUsed, splitUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // How many tokens from split[start] run together into whole (0 when they do not); vowelsDiffer when a particle's
    // vowels had to be forgiven (abd al → abdul).
    private static int ConcatenationLength(string whole, PreparedName split, int start, Span<bool> used, out bool vowelsDiffer)
    {
        vowelsDiffer = false;
        var offset = 0;
        for (var k = start; k < split.Length && k - start < 3; k++)
        {
            if (used[k]) return 0;
            var part = split.Tokens[k];
            if (offset + part.Length > whole.Length) return 0;
            var particle = split.Roles[k] == TokenRole.Particle;
            for (var c = 0; c < part.Length; c++)
            {
                var w = whole[offset + c];
                if (w == part[c]) continue;
                if (!particle || !IsVowel(w) || !IsVowel(part[c])) return 0;
                vowelsDiffer = true;
            }
            offset += part.Length;
            if (offset == whole.Length) return k - start + 1;
        }
        return 0;
    }

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

    // Scripts split names differently: 박도춘 is one token, Pak To-chun three; 施尼特克 is four syllables, Schnittker
    // one word. Across scripts, a token whose skeleton is the run-together skeletons of 2–4 adjacent tokens pairs
    // whole, and so does one whose spelling the run's spellings together could be (拉利 la li, Lally).
    private static void PairSkeletonCompounds(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        var openSyllables = single.WritesOpenSyllables || split.WritesOpenSyllables;
        var profile = single.IsNonLatin ? single.Profile : split.Profile;
        Span<char> joinedTokens = stackalloc char[MaxJoinedLength];
        Span<char> joinedSkeletons = stackalloc char[MaxJoinedSkeletonLength];
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i]) continue;
            // Codas are cheap only for three consonants or more: kheng or kwang ho is not 坤 kun or 진 jin.
            var codas = openSyllables && SoundAlignment.Consonants(single.SkeletonOf(i, codas: true)) >= 3;
            var whole = single.SkeletonOf(i, codas);
            var token = single.Tokens[i];
            // The most similar run over every start (비케프레이베르가 is Vike Freiberga, not Vaira Vike Freiberga), the
            // first among equals; a run as good as any can be ends the search.
            int bestStart = -1, bestParts = 0;
            var best = 0.0;
            var bestHow = "";
            for (var j = 0; j + 1 < split.Length; j++)
            {
                var skeletonLength = 0;
                var joinedLength = 0;
                var parts = 0;
                var similarity = 0.0;
                var how = "skeleton";
                // A syllable's vowel must agree where its skeleton is too short to say much (종 jong is not Kwang).
                var skeletons = whole.Length >= 2
                    && !(single.IsNonLatin && openSyllables && !codas && single.SyllableVowels[i] != split.SyllableVowels[j]);
                // The most similar run wins, the shortest among equals (게리 터너: ke ri is Gary, not ke ri to).
                for (var k = j; k < split.Length && k - j < 4 && !splitUsed[k]; k++)
                {
                    // A skeleton has at most two letters a letter, plus one: past this length the tokens are past theirs.
                    var before = skeletonLength;
                    skeletonLength = TokenSimilarity.JoinSkeletons(joinedSkeletons, skeletonLength, split.SkeletonOf(k, codas), codas);
                    if (skeletonLength < 0) break;
                    var joined = joinedSkeletons[..skeletonLength];
                    var part = split.Tokens[k];
                    if (joinedLength + part.Length > joinedTokens.Length) break;
                    part.CopyTo(joinedTokens[joinedLength..]);
                    joinedLength += part.Length;
                    if (k == j) continue;
                    var s = skeletons ? TokenSimilarity.OfSkeletons(whole, joined, codas) : 0;
                    // A part that adds no consonant (오 o after 제임스 jeims) makes no skeleton better than the run
                    // before it: it only goes with a run already found, below.
                    var addsNothing = skeletonLength == before;
                    if (s > similarity && !(addsNothing && parts < k - j)) { similarity = s; parts = k - j + 1; how = "skeleton"; }
                    // A syllable of a vowel alone after the run (선데이 son te i, Sunday; 인순이, Insooni) goes with it where
                    // the token ends on a vowel too: it adds nothing to the skeleton, and left alone it would be a word unpaired.
                    else if (s > 0 && s == similarity && parts == k - j && split.IsNonLatin && IsVowels(part) && EndsOnVowel(token))
                        parts = k - j + 1;
                    // Spellings of runs only for syllabic scripts: an alphabet writes a word as one token already. A
                    // spelling is worth at most SpellingSimilarity: none is sought once a skeleton does as well.
                    var spelling = openSyllables && similarity < Tuning.SpellingSimilarity ? BySpelling(single, token, joinedTokens[..joinedLength], profile) : 0;
                    if (spelling > similarity) { similarity = spelling; parts = k - j + 1; how = "spelling"; }
                    if (joined.Length > whole.Length + 2 && joinedLength > token.Length * 2 + 2) break;
                }
                if (parts < 2 || similarity <= best) continue;
                // Where the romaniser split the characters, a tie goes to the whole run if it opens as the token does
                // (阿克潘 a kepan, Akpan), not to a run that puts a syllable before it (宇翔 yu xiang is not Siang); and
                // to a run that ends on syllables of a vowel alone where the token ends on a vowel (제이 je i, Jay).
                var tieToRun = split.IsNonLatin && ((profile == SpellingProfile.Han && OpenAlike(split.Tokens[j][0], token[0]))
                    || (EndsOnVowel(token) && IsVowels(split.Tokens[j + parts - 1])));
                if (OneTokenDoesAsWell(single, i, whole, split, splitUsed, codas, similarity, openSyllables, profile, tieToRun, j, parts)) continue;
                if (openSyllables && (EndPairsElsewhere(single, i, singleUsed, split, j + parts - 1, similarity, profile)
                    || EndPairsElsewhere(single, i, singleUsed, split, j, similarity, profile))) continue;
                (bestStart, bestParts, best, bestHow) = (j, parts, similarity, how);
                if (best >= Tuning.SkeletonSimilarity) break;
            }
            if (bestStart >= 0)
                PairRun(ref state, single, i, split, bestStart, bestParts, best, bestHow, singleUsed, splitUsed, pairedWith, singleIsQuery);
        }
    }

    // A one-syllable title of a Korean-shaped name left unpaired (박대제 pak tae emperor) pairs as the syllable it was
    // read from (je) with a word of the other name that spells it (Pak Dae Je): the name was a person's, not a ruler's.
    private static void PairTitleSyllables(ref State state, PreparedName native, PreparedName latin, Span<bool> nativeUsed,
        Span<bool> latinUsed, Span<int> pairedWith, bool nativeIsQuery)
    {
        for (var i = 0; i < native.Length; i++)
        {
            if (nativeUsed[i] || native.Roles[i] != TokenRole.Title
                || !HangulTitles.TitleSyllable(native.Original, native.Tokens[i], out var syllable)) continue;
            int bestJ = -1;
            var best = 0.0;
            for (var j = 0; j < latin.Length; j++)
            {
                if (latinUsed[j] || latin.Roles[j] != TokenRole.Word) continue;
                var s = string.Equals(syllable, latin.Tokens[j], StringComparison.Ordinal) ? 1.0
                    : TokenSimilarity.BySpelling(syllable, latin.Tokens[j], SpellingProfile.Hangul);
                if (s > best) (best, bestJ) = (s, j);
            }
            if (bestJ < 0 || best < Tuning.MinSpellingSimilarity) continue;
            nativeUsed[i] = latinUsed[bestJ] = true;
            if (nativeIsQuery)
            {
                pairedWith[i] = bestJ;
                state.Pair(native.Weights[i], latin.Weights[bestJ], best, true, syllable, latin.Tokens[bestJ], "title_syllable");
            }
            else
            {
                pairedWith[bestJ] = i;
                state.Pair(latin.Weights[bestJ], native.Weights[i], best, true, latin.Tokens[bestJ], syllable, "title_syllable");
            }
        }
    }

    // Koreans abroad write their given name's syllables as initials (K.J. Choi for 최경주 choe kyong ju): a Latin token
    // the original wrote as dotted initials pairs with as many adjacent syllables of a Korean-shaped name, left unpaired,
    // that open on its letters, at the similarity of an initial.
    private static void PairDottedInitials(ref State state, PreparedName latin, PreparedName native, Span<bool> latinUsed,
        Span<bool> nativeUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        for (var i = 0; i < latin.Length; i++)
        {
            var token = latin.Tokens[i];
            if (latinUsed[i] || latin.Roles[i] != TokenRole.Word || token.Length is < 2 or > 3 || !WrittenAsInitials(latin.Original, token)) continue;
            for (var j = 0; j + token.Length <= native.Length; j++)
            {
                var k = 0;
                while (k < token.Length && !nativeUsed[j + k] && native.Tokens[j + k].Length > 0 && OpensAs(native.Tokens[j + k][0], token[k])) k++;
                if (k != token.Length) continue;
                PairRun(ref state, latin, i, native, j, k, Tuning.InitialSimilarity, "initials", latinUsed, nativeUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // The letters of token written with a dot after each but perhaps the last (I.K., K.J), as a word of their own.
    private static bool WrittenAsInitials(string original, string token)
    {
        for (var p = 0; p + 2 * token.Length - 1 <= original.Length; p++)
        {
            if (p > 0 && char.IsLetter(original[p - 1])) continue;
            var k = 0;
            while (k < token.Length && char.ToLowerInvariant(original[p + 2 * k]) == token[k]
                && (k == token.Length - 1 || original[p + 2 * k + 1] == '.')) k++;
            if (k != token.Length) continue;
            var end = p + 2 * token.Length - 1;
            if (end == original.Length || !char.IsLetter(original[end])) return true;
        }
        return false;
    }

    // A syllable's first letter as an initial: the same letter, or ㄱ ㄷ ㅂ read voiced (k as G, t as D, p as B).
    private static bool OpensAs(char syllable, char initial) =>
        syllable == initial || (syllable, initial) is ('k', 'g') or ('t', 'd') or ('p', 'b');

    private static bool IsVowels(string token)
    {
        foreach (var c in token)
        {
            if (!IsVowel(c)) return false;
        }
        return token.Length > 0;
    }

    private static bool EndsOnVowel(string token) => token.Length > 0 && (IsVowel(token[^1]) || token[^1] == 'y');

    // The same first letter, or a vowel (y included) first in both: 伊素福 yi sufu opens as Issoufou does.
    private static bool OpenAlike(char a, char b) => a == b || ((IsVowel(a) || a == 'y') && (IsVowel(b) || b == 'y'));

    // A Korean name's syllables that read a Chinese name's pinyin (이방위 i pang wi, LI Fangwei: 이 li, 방위 fangwei)
    // pair before runs of skeletons can take them apart. Only Korean names against names all in pinyin, or all in
    // Wade-Giles (샤오징훙, Hsiao Ching Hung).
    private static void PairReadings(ref State state, PreparedName latin, PreparedName native, Span<bool> latinUsed,
        Span<bool> nativeUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        if (native.Profile != SpellingProfile.Hangul) return;
        var pinyin = TokenSimilarity.IsPinyinName(latin);
        if (!pinyin && !TokenSimilarity.IsWadeGilesName(latin)) return;
        for (var i = 0; i < latin.Length; i++)
        {
            if (latinUsed[i]) continue;
            for (var j = 0; j < native.Length && !latinUsed[i]; j++)
            {
                var free = 0;
                while (j + free < native.Length && free < MaxReadingRun && !nativeUsed[j + free]) free++;
                for (var parts = free; parts > 0; parts--)
                {
                    var syllables = native.Tokens.AsSpan(j, parts);
                    var reads = pinyin ? TokenSimilarity.ReadsAsChinese(syllables, latin.Tokens[i])
                        : TokenSimilarity.ReadsAsChineseInWadeGiles(syllables, latin.Tokens[i]);
                    if (!reads) continue;
                    PairRun(ref state, latin, i, native, j, parts, Tuning.ReadingSimilarity, "reading", latinUsed, nativeUsed, pairedWith, singleIsQuery);
                    break;
                }
            }
        }
    }

    private const int MaxReadingRun = 3;

    private const int MaxJoinedLength = 96;
    private const int MaxJoinedSkeletonLength = 2 * MaxJoinedLength + 8;

    // The spelling similarity of a token of one name with (a run of) the other's, the non-Latin one read as native.
    private static double BySpelling(PreparedName single, ReadOnlySpan<char> token, ReadOnlySpan<char> joined, SpellingProfile profile) =>
        single.IsNonLatin ? TokenSimilarity.BySpelling(token, joined, profile) : TokenSimilarity.BySpelling(joined, token, profile);

    // A run's first or last part spells another token of the single name as well as the run spells this one (매리즈 조
    // maerij jo is Marise Jow: jo is Jow, not the end of Marise): the run would take
    // that token's pair.
    private static bool EndPairsElsewhere(PreparedName single, int i, ReadOnlySpan<bool> singleUsed, PreparedName split, int end,
        double similarity, SpellingProfile profile)
    {
        for (var k = 0; k < single.Length; k++)
        {
            if (k == i || singleUsed[k]) continue;
            if (BySpelling(single, single.Tokens[k], split.Tokens[end], profile) >= similarity) return true;
        }
        return false;
    }

    // A run is no better than one token of the other name alone (ארנסט arnst is Ernest, not Ernest Day; סטיבן stibn is
    // Stephen, not St. John): that token pairs later. In syllabic scripts a token alone is often only a syllable
    // (利奇曼 li qiman, Leachman): there, spellings are compared, not skeletons.
    private static bool OneTokenDoesAsWell(PreparedName single, int i, string whole, PreparedName split, ReadOnlySpan<bool> splitUsed,
        bool codas, double similarity, bool syllabic, SpellingProfile profile, bool tieToRun, int start, int parts)
    {
        string? run = null;
        for (var k = 0; k < split.Length; k++)
        {
            if (splitUsed[k]) continue;
            if (!syllabic && whole.Length >= 2 && TokenSimilarity.OfSkeletons(whole, split.SkeletonOf(k, codas), codas) >= similarity) return true;
            if (similarity > Tuning.SpellingSimilarity) continue;
            var alone = BySpelling(single, single.Tokens[i], split.Tokens[k], profile);
            if (alone > similarity) return true;
            if (alone < similarity || tieToRun) continue;
            // Both at the most a spelling is worth: a Hangul word against a Latin name's hyphenated parts (투하 tuha,
            // Thu-ha) goes with the run where the run's spelling is the closer one uncapped.
            if (single.IsNonLatin && single.Profile is SpellingProfile.Hangul or SpellingProfile.HangulLoanword && alone == Tuning.SpellingSimilarity)
            {
                run ??= string.Concat(split.Tokens.AsSpan(start, parts));
                if (SpellingAlignment.Similarity(single.Tokens[i], run, profile) > SpellingAlignment.Similarity(single.Tokens[i], split.Tokens[k], profile)) continue;
            }
            return true;
        }
        return false;
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

    /// <summary>
    /// True when the paired tokens appear in an order that is neither the listed order rotated (SURNAME, Given ↔
    /// Given SURNAME) nor reversed: "Salman bin Muhammad" is not "Muhammad bin Salman".
    /// </summary>
    private static bool IsOrderBroken(PreparedName query, PreparedName listed, ReadOnlySpan<int> pairedWith)
    {
        Span<int> order = stackalloc int[pairedWith.Length];
        var count = 0;
        for (var i = 0; i < pairedWith.Length; i++)
        {
            var j = pairedWith[i];
            // Titles and designations stand anywhere (Rudolf, Crown Prince of Austria; 오스트리아 황태자 루돌프): only names keep an order.
            if (j < 0 || Describes(query, i) || Describes(listed, j)) continue;
            // Several query tokens paired as one run with a listed token (o ka mo to ~ Okamoto, forty four ~ 44) count once.
            if (count == 0 || order[count - 1] != j) order[count++] = j;
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

    // A title or a designation: it says who a person is, not what he is called.
    private static bool Describes(PreparedName name, int i) =>
        name.Roles[i] is TokenRole.Title or TokenRole.Designation || TokenRoles.IsTitleWord(name.Tokens[i]);

    /// <summary>
    /// True when the names on either side of a query's lineage particle are paired with listed names that stand the
    /// other way round a listed lineage particle: "Salman bin Muhammad" against "Muhammad bin Salman".
    /// </summary>
    private static bool IsLineageSwapped(PreparedName query, PreparedName listed, ReadOnlySpan<int> pairedWith)
    {
        for (var i = 1; i + 1 < query.Length; i++)
        {
            if (!TokenRoles.IsLineageParticle(query.Tokens[i])) continue;
            int before = pairedWith[i - 1], after = pairedWith[i + 1];
            if (before < 0 || after < 0 || after >= before) continue;
            for (var j = after + 1; j < before; j++)
            {
                if (TokenRoles.IsLineageParticle(listed.Tokens[j])) return true;
            }
        }
        return false;
    }

    // The kind of the first legal form left unpaired (AG when the listing says GmbH), if it names one kind of legal person.
    private static string? UnpairedLegalClass(PreparedName name, ReadOnlySpan<bool> used)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (!used[i] && name.LegalClasses[i] is { } legal && LegalForms.IsSpecific(legal)) return legal;
        }
        return null;
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
