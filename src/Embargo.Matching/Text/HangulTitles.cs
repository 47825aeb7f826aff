namespace Embargo.Matching.Text;

/// <summary>
/// Titles Korean writes after a name, as a word of their own (하나조노 천황, Emperor Hanazono; 에든버러 공작 필립,
/// Prince Philip, Duke of Edinburgh) or run into it (지증왕, King Jijeung; 진 영공, Duke Ling of Qin; 청하공주,
/// Princess Qinghe). The romaniser writes such a title as the English word it means, which <see cref="TokenRoles"/>
/// knows as a title: it pairs with the Latin title where there is one and costs little where there is none, while
/// the name before it keeps its own syllables.
/// </summary>
internal static class HangulTitles
{
    // Titles of two syllables or more: a word of their own, or the end of a longer word. Longest first where one ends
    // another (왕세자비 before 세자비 before 왕비).
    private static readonly (string Hangul, string English)[] Words =
    [
        ("왕세자비", "crown princess"), ("왕세자", "crown prince"), ("황태자비", "crown princess"), ("황태자", "crown prince"),
        ("세자빈", "crown princess"), ("왕자빈", "princess"), ("여대공", "grand duchess"), ("황귀비", "consort"),
        ("천황", "emperor"), ("황제", "emperor"), ("황후", "empress"), ("왕후", "queen"), ("왕비", "queen"),
        ("공주", "princess"), ("옹주", "princess"), ("공녀", "princess"), ("왕녀", "princess"),
        ("왕자", "prince"), ("태자", "prince"), ("세자", "prince"), ("교황", "pope"),
        ("공작", "duke"), ("대공", "grand duke"), ("백작", "count"), ("후작", "marquess"), ("자작", "viscount"), ("남작", "baron"),
        ("귀비", "consort"), ("부인", "lady"), ("이사금", "king"), ("마립간", "king"),
    ];

    // Titles and epithets that are only a word of their own (사도 시몬, Simon the Apostle; 복음사가 요한, John the
    // Evangelist): at a word's end they are syllables of a name (마사도, Machado).
    private static readonly (string Hangul, string English)[] WholeWords =
    [
        ("사도", "apostle"), ("복음사가", "evangelist"), ("성녀", "saint"),
        // Arab and Malay titles as Korean spells them (셰이크 하산, Sheikh Hassan; 투앙쿠 자파르, Tuanku Jaafar).
        ("셰이크", "sheikh"), ("셰이흐", "sheikh"), ("샤이흐", "sheikh"), ("투앙쿠", "tuanku"),
    ];

    // Japanese imperial titles run into the name after at least two syllables: 아키라신노 (Akira shinnō, Prince Akira),
    // 후시미노미야 (Fushimi-no-miya, Prince Fushimi). 니노미야 (Ninomiya) and 신노 alone are names.
    private static readonly (string Hangul, string English)[] JapaneseSuffixes =
    [
        ("나이신노", "princess"), ("신노", "prince"), ("노미야", "prince"),
    ];

    // One syllable that ends a ruler's name: 지증왕 (King Jijeung), 진 영공 (Duke Ling of Qin), 가정제 (the Jiajing
    // Emperor). Only in a Korean-shaped name, in a word of syllables that read Chinese characters, after two
    // syllables or after another word: 왕 alone is the surname Wang, 로제 (Rosé) and 루제 (Rouget) are names.
    private static readonly (char Hangul, string English)[] Suffixes =
    [
        ('왕', "king"), ('공', "duke"), ('제', "emperor"),
    ];

    /// <summary>
    /// How many syllables at the end of a Hangul word are a title (0 when none), and the English title they stand for.
    /// A word that is all title (천황) gives its whole length. <paramref name="koreanName"/>: the name is shaped like a
    /// Korean one, where a title of one syllable may end a word (<see cref="HangulRomanizer.IsKoreanNameShape"/>, which
    /// asks with true); <paramref name="afterAnotherWord"/>: a word of the name comes before this one.
    /// </summary>
    public static int SuffixLength(ReadOnlySpan<char> word, bool koreanName, bool afterAnotherWord, out string english)
    {
        foreach (var (hangul, title) in Words)
        {
            if (!word.EndsWith(hangul, StringComparison.Ordinal)) continue;
            english = title;
            return hangul.Length;
        }
        foreach (var (hangul, title) in WholeWords)
        {
            if (!word.SequenceEqual(hangul)) continue;
            english = title;
            return hangul.Length;
        }
        foreach (var (hangul, title) in JapaneseSuffixes)
        {
            if (word.Length < hangul.Length + 2 || !word.EndsWith(hangul, StringComparison.Ordinal)) continue;
            english = title;
            return hangul.Length;
        }
        if (koreanName && word.Length >= (afterAnotherWord ? 2 : 3) && AllRead(word))
        {
            foreach (var (hangul, title) in Suffixes)
            {
                if (word[^1] != hangul) continue;
                english = title;
                return 1;
            }
        }
        english = "";
        return 0;
    }

    /// <summary>
    /// The syllable, romanised, that the romaniser read as the one-syllable title <paramref name="english"/> in a
    /// Korean-shaped name (박대제 → pak tae emperor: je), or false when no such title stands in it. A three-syllable
    /// name ending on 제, 왕 or 공 may be a ruler's (가정제, the Jiajing Emperor) or a person's (a given name ending on
    /// je): the aligner pairs it as the syllable where the other name has no title for it.
    /// </summary>
    public static bool TitleSyllable(ReadOnlySpan<char> name, string english, out string syllable)
    {
        var afterAnotherWord = false;
        for (var i = 0; i < name.Length;)
        {
            if (!HangulRomanizer.IsSyllable(name[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < name.Length && HangulRomanizer.IsSyllable(name[end])) end++;
            var word = name[i..end];
            if (SuffixLength(word, koreanName: true, afterAnotherWord, out var title) == 1 && string.Equals(title, english, StringComparison.Ordinal))
            {
                syllable = HangulRomanizer.Romanize(word[^1]);
                return true;
            }
            afterAnotherWord = true;
            i = end;
        }
        syllable = "";
        return false;
    }

    private static bool AllRead(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!HangulRomanizer.IsSyllable(c) || !SinoKoreanReadings.HasReading(c)) return false;
        }
        return true;
    }
}
