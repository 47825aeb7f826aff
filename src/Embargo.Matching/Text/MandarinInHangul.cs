using System.Collections.Frozen;

namespace Embargo.Matching.Text;

/// <summary>
/// Korean's spelling of Mandarin (the loanword orthography's table for Chinese, used for people after 1911): a pinyin
/// syllable as one or two Hangul syllables (bao 바오, zhou 저우, jian 젠, xuan 쉬안), each romanised as
/// <see cref="HangulRomanizer"/> writes it (pa o, jo u, jen, swi an), so that 리바오둥 ri pa o tung meets Li Baodong.
/// Made from rules (initial consonant, final, the y-vowels ㅈ and ㅊ simplify) over the pinyin syllables ICU reads.
/// </summary>
internal static class MandarinInHangul
{
    private const int LongestSyllable = 6;

    private static readonly Lazy<FrozenDictionary<string, string[][]>> Table = new(Build);

    /// <summary>
    /// Whether a Latin token is pinyin syllables that Korean spells, in order, as the romanised Hangul syllables
    /// given (pa o tung: baodong).
    /// </summary>
    public static bool TranscribesRun(ReadOnlySpan<string> syllables, ReadOnlySpan<char> latin) =>
        TranscribesRun(Table.Value.GetAlternateLookup<ReadOnlySpan<char>>(), syllables, latin);

    /// <summary>The same for a Latin token in Wade-Giles (샤오징 sya o jing: hsiaoching).</summary>
    public static bool TranscribesRunInWadeGiles(ReadOnlySpan<string> syllables, ReadOnlySpan<char> latin) =>
        TranscribesRun(WadeGilesTable.Value.GetAlternateLookup<ReadOnlySpan<char>>(), syllables, latin);

    /// <summary>Whether a Hangul syllable is one Korean's spelling of Mandarin writes (바, 오, 젠, 쉬): 쉘 is not.</summary>
    public static bool Writes(char syllable) =>
        HangulRomanizer.IsSyllable(syllable) && Written.Value[syllable - HangulRomanizer.FirstSyllable];

    private static readonly Lazy<bool[]> Written = new(() =>
    {
        var written = new bool[HangulRomanizer.SyllableCount];
        foreach (var pinyin in SinoKoreanReadings.PinyinSyllables)
        {
            foreach (var hangul in Spell(pinyin))
            {
                foreach (var c in hangul) written[c - HangulRomanizer.FirstSyllable] = true;
            }
        }
        return written;
    });

    // Korean's spellings keyed by the Wade-Giles of the pinyin they spell (hsiao: 샤오 as xiao's).
    private static readonly Lazy<FrozenDictionary<string, string[][]>> WadeGilesTable = new(() =>
        Table.Value.GroupBy(p => WadeGiles.Of(p.Key), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(p => p.Value).ToArray(), StringComparer.Ordinal));

    private static bool TranscribesRun(FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> lookup,
        ReadOnlySpan<string> syllables, ReadOnlySpan<char> latin)
    {
        if (latin.IsEmpty) return syllables.IsEmpty;
        if (syllables.IsEmpty) return false;
        for (var length = Math.Min(LongestSyllable, latin.Length); length > 0; length--)
        {
            if (!lookup.TryGetValue(latin[..length], out var spellings)) continue;
            foreach (var spelling in spellings)
            {
                if (StartsWith(syllables, spelling) && TranscribesRun(lookup, syllables[spelling.Length..], latin[length..])) return true;
            }
        }
        return false;
    }

    private static bool StartsWith(ReadOnlySpan<string> syllables, string[] spelling)
    {
        if (syllables.Length < spelling.Length) return false;
        for (var i = 0; i < spelling.Length; i++)
        {
            if (!string.Equals(syllables[i], spelling[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static FrozenDictionary<string, string[][]> Build()
    {
        var table = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        foreach (var pinyin in SinoKoreanReadings.PinyinSyllables)
        {
            var spellings = new List<string[]>();
            foreach (var hangul in Spell(pinyin)) spellings.Add([.. hangul.Select(c => NameText.Fold(HangulRomanizer.Romanize(c)))]);
            if (spellings.Count > 0) table[pinyin] = [.. spellings];
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Jamo indices of the Unicode Hangul syllables: initials, vowels, finals.
    private const int G = 0, N = 2, D = 3, L = 5, M = 6, B = 7, S = 9, SS = 10, Zero = 11, J = 12, JJ = 13, CH = 14, K = 15, T = 16, P = 17, H = 18;
    private const int A = 0, Ya = 2, Eo = 4, E = 5, Ye = 7, O = 8, Wa = 9, U = 13, Wo = 14, We = 15, Wi = 16, Yu = 17, Eu = 18, I = 20;
    private const int NoFinal = 0, FinalN = 4, FinalL = 8, FinalNg = 21;

    /// <summary>The Hangul spellings of one pinyin syllable (two for lu and nu, which may be lü and nü); none for what is not pinyin.</summary>
    internal static IEnumerable<string> Spell(string pinyin)
    {
        var (initial, final) = Split(pinyin);
        if (initial < 0) yield break;
        // After j, q, x and y, u is ü; after l and n it may be either.
        var palatal = pinyin[0] is 'j' or 'q' or 'x' or 'y';
        var finals = palatal && final.StartsWith('u') ? ["v" + final[1..]]
            : initial is L or N && final is "u" or "ue" ? new[] { final, "v" + final[1..] } : [final];
        foreach (var f in finals)
        {
            // zhi chi shi ri zi ci si: the vowel ㅡ (즈 츠 스 르 쯔 츠 쓰), where ji qi xi li keep ㅣ.
            var sibilant = pinyin[0] is 'z' or 'c' or 's' or 'r';
            if (Final(f, sibilant, pinyin[0] is 'y' or 'w') is not { } syllables) continue;
            var text = new char[syllables.Length];
            for (var k = 0; k < syllables.Length; k++)
            {
                var (vowel, coda) = syllables[k];
                var onset = k == 0 ? initial : Zero;
                // ㅈ ㅉ ㅊ take no y-vowel: jia 자, jiu 주, jie 제.
                if (onset is J or JJ or CH) vowel = vowel switch { Ya => A, 6 => Eo, Ye => E, 12 => O, Yu => U, _ => vowel };
                text[k] = (char)(0xAC00 + (onset * 21 + vowel) * 28 + coda);
            }
            yield return new string(text);
        }
    }

    private static (int Initial, string Final) Split(string pinyin)
    {
        ReadOnlySpan<(string Letters, int Jamo)> initials =
        [
            ("zh", J), ("ch", CH), ("sh", S), ("b", B), ("p", P), ("m", M), ("f", P), ("d", D), ("t", T), ("n", N), ("l", L),
            ("g", G), ("k", K), ("h", H), ("j", J), ("q", CH), ("x", S), ("r", L), ("z", JJ), ("c", CH), ("s", SS),
        ];
        foreach (var (letters, jamo) in initials)
        {
            if (pinyin.StartsWith(letters, StringComparison.Ordinal) && pinyin.Length > letters.Length) return (jamo, pinyin[letters.Length..]);
        }
        // y and w write a final's i and u where there is no initial: yan is ian, wei is uei, yu is ü.
        if (pinyin.StartsWith('y'))
            return (Zero, pinyin switch { "yi" or "yin" or "ying" => pinyin[1..], "you" => "iu", _ when pinyin.StartsWith("yu", StringComparison.Ordinal) => pinyin[1..], _ => "i" + pinyin[1..] });
        if (pinyin.StartsWith('w')) return (Zero, pinyin == "wu" ? "u" : "u" + pinyin[1..]);
        return "aoe".Contains(pinyin[0], StringComparison.Ordinal) ? (Zero, pinyin) : (-1, "");
    }

    // A final as Hangul syllables (vowel and final consonant); the first takes the initial, the others ㅇ. A final
    // written with y or w alone (wei, wen) keeps its glide: 웨이, 원; after a consonant it is 구이 gui, 군 gun.
    private static (int Vowel, int Coda)[]? Final(string final, bool sibilant, bool written) => final switch
    {
        "a" => [(A, NoFinal)],
        "o" => [(O, NoFinal)],
        "e" => [(Eo, NoFinal)],
        "ai" => [(A, NoFinal), (I, NoFinal)],
        "ei" => [(E, NoFinal), (I, NoFinal)],
        "ao" => [(A, NoFinal), (O, NoFinal)],
        "ou" => [(Eo, NoFinal), (U, NoFinal)],
        "an" => [(A, FinalN)],
        "en" => [(Eo, FinalN)],
        "ang" => [(A, FinalNg)],
        "eng" => [(Eo, FinalNg)],
        "er" => [(Eo, FinalL)],
        "ong" => [(U, FinalNg)],
        // zhi chi shi ri zi ci si: the vowel ㅡ.
        "i" => sibilant ? [(Eu, NoFinal)] : [(I, NoFinal)],
        "ia" => [(Ya, NoFinal)],
        "ie" => [(Ye, NoFinal)],
        "iao" => [(Ya, NoFinal), (O, NoFinal)],
        "iu" => [(Yu, NoFinal)],
        "ian" => [(Ye, FinalN)],
        "in" => [(I, FinalN)],
        "iang" => [(Ya, FinalNg)],
        "ing" => [(I, FinalNg)],
        "iong" => [(Yu, FinalNg)],
        "u" => [(U, NoFinal)],
        "ua" => [(Wa, NoFinal)],
        "uo" => [(Wo, NoFinal)],
        "uai" => [(Wa, NoFinal), (I, NoFinal)],
        "ui" or "uei" => written ? [(We, NoFinal), (I, NoFinal)] : [(U, NoFinal), (I, NoFinal)],
        "uan" => [(Wa, FinalN)],
        "un" or "uen" => written ? [(Wo, FinalN)] : [(U, FinalN)],
        "uang" => [(Wa, FinalNg)],
        "ueng" => [(Wo, FinalNg)],
        "v" => [(Wi, NoFinal)],
        "ve" => [(We, NoFinal)],
        "van" => [(Wi, NoFinal), (A, FinalN)],
        "vn" => [(Wi, FinalN)],
        _ => null,
    };
}
