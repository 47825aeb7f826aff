using System.Collections.Frozen;

namespace Embargo.Matching.Text;

/// <summary>
/// The Mandarin readings of the Chinese characters each Hangul syllable reads: Korean writes a Chinese name by the
/// characters' Korean readings (劉順 유순 yu sun, Liu Shun; 陳群 진군 jin kun, Chen Qun), which differ from the
/// Mandarin ones by more than spelling (Korean drops an initial l, reads r as y, keeps the old final k, l, p and m).
/// Built at first use from ICU alone: its Korean collation lists the characters under the syllable that reads them
/// (&amp;유&lt;&lt;*由油酉有劉...), and Han-Latin gives each its pinyin. Keyed by the syllable's romanisation, as
/// <see cref="HangulRomanizer"/> writes it and the folder folds it (가 and 카 both give ka: their readings are merged).
/// </summary>
internal static class SinoKoreanReadings
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> Table = new(Build);

    // Every pinyin syllable some character of the table reads: the syllables a Chinese name in pinyin is made of.
    private static readonly Lazy<FrozenSet<string>> Syllables = new(() =>
        Table.Value.Values.SelectMany(r => r).ToFrozenSet(StringComparer.Ordinal));

    // The Hangul syllables that read some character (a Korean surname or a Sino-Korean given name is made of them).
    private static readonly Lazy<bool[]?> ReadingSyllables = new(BuildReadingSyllables);

    private const int LongestSyllable = 6; // zhuang, shuang

    /// <summary>Every pinyin syllable (toneless) some character with a Korean reading is read as.</summary>
    public static IEnumerable<string> PinyinSyllables => Syllables.Value;

    private static FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =>
        Table.Value.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The toneless pinyin of the characters a romanised Hangul syllable reads; empty for any other token.</summary>
    public static ReadOnlySpan<string> Of(ReadOnlySpan<char> syllable) =>
        Lookup.TryGetValue(syllable, out var readings) ? readings : [];

    /// <summary>
    /// Whether a Latin token is the Mandarin readings of a run of romanised Hangul syllables written as one word,
    /// in order (유벽광 yu pyok kwang: Liu Piguang has piguang for 벽광).
    /// </summary>
    public static bool ReadsRun(ReadOnlySpan<string> syllables, ReadOnlySpan<char> latin)
    {
        if (syllables.IsEmpty) return latin.IsEmpty;
        foreach (var reading in Of(syllables[0]))
        {
            if (latin.StartsWith(reading, StringComparison.Ordinal) && ReadsRun(syllables[1..], latin[reading.Length..])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a Latin token is pinyin: one or more syllables of Mandarin run together (xi, jinping, ouyang). Readings
    /// are sought only for names all in pinyin: CHANG Myong Ho, a Korean name in McCune-Reischauer, is not read as
    /// Chinese (myong is no pinyin), though 상 sang reads 常 chang.
    /// </summary>
    public static bool IsPinyin(ReadOnlySpan<char> token) => token.Length <= LongestPinyinWord && SyllableRuns.Splits(token, Syllables.Value, LongestSyllable);

    // A name's word is four syllables at most (ouyang, sima xiangru run together): longer tokens are no pinyin, and
    // the search, which may branch at each syllable (nan, na), stays short.
    private const int LongestPinyinWord = 4 * LongestSyllable;

    /// <summary>
    /// Whether a Hangul syllable reads some Chinese character (정, 은, 김), as nearly every syllable of a Korean
    /// name does and many of foreign names do not (폴, 샘, 쇼). True for anything when ICU gives no table.
    /// </summary>
    public static bool HasReading(char syllable) =>
        ReadingSyllables.Value is not { } syllables || !HangulRomanizer.IsSyllable(syllable) || syllables[syllable - HangulRomanizer.FirstSyllable];

    private static bool[]? BuildReadingSyllables()
    {
        var rules = IcuTransliterators.CollationRules("ko");
        var syllables = new bool[HangulRomanizer.SyllableCount];
        var any = false;
        for (var i = 0; i + 1 < rules.Length; i++)
        {
            if (rules[i] != '&' || !HangulRomanizer.IsSyllable(rules[i + 1])) continue;
            // A reset lists characters only when "<<" follows: "&가<<*伽佳..." (a syllable alone in the rules reads none).
            if (i + 3 < rules.Length && rules[i + 2] == '<' && rules[i + 3] == '<')
            {
                syllables[rules[i + 1] - HangulRomanizer.FirstSyllable] = true;
                syllables[HangulRomanizer.AsInitial(rules[i + 1]) - HangulRomanizer.FirstSyllable] = true;
                any = true;
            }
        }
        return any ? syllables : null;
    }

    private static void Add(Dictionary<string, HashSet<string>> readings, string syllable, string pinyin)
    {
        if (!readings.TryGetValue(syllable, out var set)) readings[syllable] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(pinyin);
    }

    private static FrozenDictionary<string, string[]> Build()
    {
        var readings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var rules = IcuTransliterators.CollationRules("ko");
        string syllable = "", initialForm = "";
        for (var i = 0; i < rules.Length; i++)
        {
            var c = rules[i];
            // "&가<<*伽佳假..." resets at the syllable; the characters after it sort (and read) with it.
            if (c == '&' && i + 1 < rules.Length && HangulRomanizer.IsSyllable(rules[i + 1]))
            {
                var hangul = rules[++i];
                syllable = NameText.Fold(HangulRomanizer.Romanize(hangul));
                initialForm = NameText.Fold(HangulRomanizer.Romanize(HangulRomanizer.AsInitial(hangul)));
                continue;
            }
            if (syllable.Length == 0 || c is < (char)HanRomanizer.First or > (char)HanRomanizer.Last) continue;
            var pinyin = NameText.Fold(HanRomanizer.Reading(c, surname: false));
            if (pinyin.Length == 0 || pinyin.Contains(' ', StringComparison.Ordinal)) continue;
            Add(readings, syllable, pinyin);
            // South Korea writes the reading as a name's first sound is said: 劉 류 ryu as 유 yu, 雷 뢰 roe as 뇌 noe.
            if (!string.Equals(initialForm, syllable, StringComparison.Ordinal)) Add(readings, initialForm, pinyin);
        }
        return readings.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
