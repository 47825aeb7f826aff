using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// How the romanisation the pipeline gives a script (BGN for Cyrillic, ICU's Arabic and Hebrew with vowel letters
/// read, pinyin, McCune-Reischauer, Hepburn) differs from the Latin spellings people write for the same name:
/// other romanisation systems (Revised Romanization, Wade-Giles, Palladius, Polivanov, French and German
/// transcriptions), sounds a script writes with another letter (Russian г for h, Arabic ف for v, Hangul ㅍ for f),
/// vowels it does not write or adds. Read by <see cref="SpellingAlignment"/>; one table per
/// <see cref="SpellingProfile"/>, each rule with the names it is for. Costs are in consonants (a consonant written
/// differently costs 1).
/// </summary>
internal sealed class SpellingRules
{
    private const int Letters = 26;
    private readonly SpellingRule[][] _byFirstLetter;

    private SpellingRules(SpellingRule[] rules, SpellingRule[] endings)
    {
        var lists = new List<SpellingRule>[Letters];
        for (var i = 0; i < Letters; i++) lists[i] = [];
        foreach (var rule in rules) lists[rule.Native[0] - 'a'].Add(rule);
        _byFirstLetter = Array.ConvertAll(lists, l => l.ToArray());
        Endings = endings;
    }

    /// <summary>A vowel of the romanisation the Latin spelling lacks (Chinese and Korean add vowels: 克 ke for k).</summary>
    public float NativeVowelDrop { get; private init; } = 0.35f;

    /// <summary>
    /// An h of the romanisation the Latin spelling lacks: silent or dropped in the spellings of Arabic and Hebrew
    /// names (Mohamed, محمد), a consonant of its own in Chinese and Korean (현 hyon is not Yon).
    /// </summary>
    public float NativeHDrop { get; private init; } = 0.3f;

    /// <summary>A vowel of the Latin spelling the romanisation lacks (Arabic and Hebrew write no short vowels).</summary>
    public float LatinVowelInsert { get; private init; } = 0.35f;

    /// <summary>
    /// A consonant of the Latin spelling that closes a syllable and that the romanisation lacks: scripts of open
    /// syllables leave codas out (Golden, 高登 gao deng); 1 where codas are written.
    /// </summary>
    public float LatinCodaInsert { get; private init; } = 1f;

    /// <summary>
    /// A consonant of the romanisation that closes a syllable and that the Latin spelling lacks: a nasal Chinese adds
    /// (斯坦顿 si tan dun, Stanton); 1 where codas are written.
    /// </summary>
    public float NativeCodaDrop { get; private init; } = 1f;

    /// <summary>An r that closes a syllable (Parker, 파커 pa ko): non-rhotic English is written without it.</summary>
    public float LatinRCodaInsert { get; private init; } = 1f;

    /// <summary>One vowel for another.</summary>
    public float VowelChange { get; private init; } = 0.3f;

    /// <summary>l for r and back: Chinese, Japanese and Korean have one liquid.</summary>
    public float LiquidChange { get; private init; } = 0.3f;

    /// <summary>
    /// An l, r or n opening the Latin spelling where the romanisation opens on i or y: South Korea drops an initial
    /// ㄹ or ㄴ before i and y (이 I, Lee, Rhee; 류 Yu, Ryu), 1 elsewhere.
    /// </summary>
    public float InitialLiquidInsert { get; private init; } = 1f;

    /// <summary>The lower bound of alignments with these rules, made at first use (after the costs are set).</summary>
    public SpellingBound Bound => _bound ??= new SpellingBound(this);

    private SpellingBound? _bound;

    /// <summary>Latin endings a romanisation may lack, each rule's <see cref="SpellingRule.Native"/> empty.</summary>
    public SpellingRule[] Endings { get; }

    /// <summary>The rules whose native side starts with <paramref name="letter"/> (a lowercase ASCII letter).</summary>
    public ReadOnlySpan<SpellingRule> StartingWith(char letter) =>
        (uint)(letter - 'a') < Letters ? _byFirstLetter[letter - 'a'] : [];

    public static SpellingRules For(SpellingProfile profile) => ByProfile[(int)profile];

    private static SpellingRules[] Build()
    {
        var common = new SpellingRules(Common, CommonEndings);
        var rules = new SpellingRules[(int)SpellingProfile.Other + 1];
        rules[(int)SpellingProfile.Latin] = common;
        rules[(int)SpellingProfile.Other] = common;
        rules[(int)SpellingProfile.Cyrillic] = new SpellingRules([.. Common, .. Cyrillic], [.. CommonEndings, .. ClassicalEndings]);
        // Short vowels are not written (cheap to add), the long ones are: another vowel costs more (אבי abi is not Abu).
        rules[(int)SpellingProfile.Abjad] = new SpellingRules([.. Common, .. Abjad], CommonEndings)
        {
            LatinVowelInsert = 0.15f,
            VowelChange = 0.4f,
        };
        rules[(int)SpellingProfile.Han] = new SpellingRules([.. Common, .. OpenSyllables, .. Pinyin], [.. CommonEndings, .. OpenSyllableEndings])
        {
            NativeVowelDrop = 0.25f,
            NativeCodaDrop = 0.5f,
            NativeHDrop = 1f,
            LatinCodaInsert = 0.5f,
            LatinRCodaInsert = 0.25f,
            LiquidChange = 0.1f,
        };
        rules[(int)SpellingProfile.Hangul] = new SpellingRules([.. Common, .. OpenSyllables, .. Korean], [.. CommonEndings, .. OpenSyllableEndings])
        {
            NativeVowelDrop = 0.3f,
            NativeCodaDrop = 0.5f,
            NativeHDrop = 1f,
            LatinCodaInsert = 0.5f,
            LatinRCodaInsert = 0.15f,
            LiquidChange = 0.05f,
            InitialLiquidInsert = 0.2f,
        };
        rules[(int)SpellingProfile.HangulLoanword] = new SpellingRules([.. Common, .. OpenSyllables, .. Korean, .. KoreanLoanwords],
            [.. CommonEndings, .. OpenSyllableEndings])
        {
            NativeVowelDrop = 0.3f,
            NativeCodaDrop = 0.5f,
            NativeHDrop = 1f,
            LatinCodaInsert = 0.5f,
            LatinRCodaInsert = 0.15f,
            LiquidChange = 0.05f,
            InitialLiquidInsert = 0.2f,
        };
        rules[(int)SpellingProfile.Kana] = new SpellingRules([.. Common, .. OpenSyllables, .. Kana], [.. CommonEndings, .. OpenSyllableEndings])
        {
            NativeVowelDrop = 0.25f,
            LatinCodaInsert = 0.5f,
            LatinRCodaInsert = 0.25f,
            LiquidChange = 0.1f,
        };
        return rules;
    }

    /// <summary>What every romanisation and the Latin spellings of Europe disagree on.</summary>
    private static readonly SpellingRule[] Common =
    [
        // sh: French ch (Chérif), German sch, Polish sz, Hungarian s, Portuguese x.
        new("sh", "ch", 0.3f), new("sh", "sch", 0.1f), new("sh", "sz", 0.2f), new("sh", "s", 0.5f), new("sh", "x", 0.3f),
        // ch: English tch, Italian c(i), Polish cz, Hungarian cs, Basque tx, German k (Christoph).
        new("ch", "tch", 0.1f), new("ch", "c", 0.3f), new("ch", "k", 0.5f), new("ch", "cz", 0.1f), new("ch", "cs", 0.2f),
        new("ch", "tx", 0.1f), new("ch", "cc", 0.3f),
        // ts: German z, Polish and Czech c, tz.
        new("ts", "z", 0.2f), new("ts", "c", 0.3f), new("ts", "tz", 0.1f),
        // kh: h (Hasan, Khasan), German and Dutch ch, Spanish j and x.
        new("kh", "h", 0.1f), new("kh", "ch", 0.2f), new("kh", "k", 0.3f), new("kh", "x", 0.3f), new("kh", "j", 0.4f),
        // zh: j (Zhukov, Joukov), Polish rz and ż, Hungarian zs, French g.
        new("zh", "j", 0.2f), new("zh", "z", 0.4f), new("zh", "g", 0.4f), new("zh", "rz", 0.3f), new("zh", "zs", 0.2f),
        new("dzh", "j", 0.1f), new("dzh", "dj", 0.1f), new("dzh", "g", 0.3f), new("j", "dzs", 0.1f), // Hungarian dzs (Dzsingisz)
        new("j", "dj", 0.1f), new("j", "g", 0.4f), new("j", "y", 0.4f),
        // y: the j of German, Slavic and Nordic spellings (Jan, Yan), the i of French and Italian, Spanish ll.
        new("y", "j", 0.4f), new("y", "i", 0.1f), new("y", "ll", 0.5f), new("i", "y", 0.1f), new("i", "j", 0.3f),
        new("i", "ee", 0.1f), new("i", "ie", 0.1f), new("i", "ea", 0.2f),
        new("w", "v", 0.2f), new("v", "w", 0.2f), new("u", "w", 0.3f), new("w", "u", 0.3f),
        new("u", "ou", 0.1f), new("u", "oo", 0.1f), new("o", "au", 0.2f), new("o", "eau", 0.2f), new("o", "ou", 0.2f),
        new("e", "ae", 0.1f), new("e", "ai", 0.2f), new("e", "ei", 0.2f), new("e", "oe", 0.2f),
        new("f", "ph", 0), new("t", "th", 0.1f), new("s", "th", 0.4f), new("s", "c", 0.3f),
        new("ks", "x", 0), new("k", "q", 0.1f), new("k", "ck", 0), new("k", "c", 0.1f), new("k", "qu", 0.2f), new("k", "ch", 0.3f),
        new("k", "cq", 0.1f),
        new("kv", "qu", 0.1f),
        // Italian and French gn, Portuguese nh.
        new("ny", "gn", 0.2f), new("ny", "nh", 0.2f), new("n", "gn", 0.3f),
    ];

    /// <summary>Silent final letters of French and English spellings (Thibaud, Rottiers, Margot, Jacques): the script writes what is said.</summary>
    private static readonly SpellingRule[] CommonEndings =
    [
        new("", "t", 0.3f), new("", "d", 0.3f), new("", "s", 0.3f), new("", "x", 0.2f), new("", "z", 0.3f), new("", "es", 0.3f),
    ];

    /// <summary>Russian drops the Latin and Greek nominative (Scaurus, Скавр; Hystaspes, Гистасп).</summary>
    private static readonly SpellingRule[] ClassicalEndings =
    [
        new("", "us", 0.3f), new("", "ius", 0.3f), new("", "es", 0.3f), new("", "os", 0.3f), new("", "is", 0.4f),
    ];

    /// <summary>BGN Cyrillic against the spellings of the name's own language.</summary>
    private static readonly SpellingRule[] Cyrillic =
    [
        // Russian writes h as г (Гендель, Händel; Гамбург, Hamburg) and ё as e in most texts (Пётр, Pyotr, Petr).
        new("g", "h", 0.3f), new("e", "yo", 0.2f), new("e", "o", 0.3f), new("e", "oe", 0.2f), new("e", "io", 0.2f),
        // Soft vowels: я ю ё е after a consonant are a plain vowel in the Latin spelling (Дюма, Dumas; Лямуши, Lamouchi).
        new("ya", "a", 0.2f), new("ya", "ia", 0.1f), new("ya", "ja", 0.2f), new("yu", "u", 0.2f), new("yu", "iu", 0.1f),
        new("yu", "ju", 0.2f), new("yo", "o", 0.1f), new("yo", "io", 0.1f), new("yo", "jo", 0.2f), new("ye", "e", 0.1f),
        new("ye", "ie", 0.1f), new("ye", "je", 0.2f),
        // Diphthongs and -ий: Гайдн, Haydn; Дмитрий, Dmitri, Dmitrij; Вигилий, Vigilius.
        new("ay", "ei", 0.1f), new("ay", "ai", 0.1f), new("ey", "ei", 0.1f), new("iy", "i", 0.1f), new("iy", "ij", 0.1f),
        new("iy", "ius", 0.2f), new("iy", "io", 0.3f),
        // у before a vowel is an English w (Уэйт, Waite; Уильямс, Williams).
        new("u", "w", 0.2f), new("kh", "ch", 0.1f),
        // Japanese names (Polivanov): си shi, ти chi, дз z and j, сю shu, тя cha (Мусякодзи, Mushakoji).
        new("si", "shi", 0.1f), new("ti", "chi", 0.2f), new("dz", "j", 0.1f), new("dz", "z", 0.2f), new("sy", "sh", 0.1f),
        new("ty", "ch", 0.2f),
        // Chinese names (Palladius): чж zh, цз j and z, сяо xiao, цю qiu.
        new("chzh", "zh", 0.1f), new("chzh", "j", 0.2f), new("tsz", "j", 0.1f), new("tsz", "z", 0.2f), new("tsy", "q", 0.2f),
        new("sy", "x", 0.1f), new("ts", "c", 0.2f), new("n", "ng", 0.2f),
    ];

    /// <summary>Arabic, Persian and Hebrew, romanised with their vowel letters read as vowels.</summary>
    private static readonly SpellingRule[] Abjad =
    [
        // Maghreb French spellings: ش ch (Chérif, Hichem); تش for a foreign ch (تشيني, Cheney).
        new("sh", "ch", 0.15f), new("tsh", "ch", 0.1f), new("tsh", "tch", 0.1f), new("tsh", "c", 0.3f),
        // Persian and Urdu readings of Arabic letters: ث s, ذ ض ظ z (Ramzan, Ramadan; Fazel, Fadil), and th, dh as t, d.
        new("th", "s", 0.2f), new("dh", "d", 0.1f), new("dh", "z", 0.2f), new("dh", "th", 0.1f), new("d", "z", 0.3f),
        new("d", "th", 0.2f), // Hebrew ד for an English th (דה, The)
        new("z", "d", 0.3f),
        new("kh", "g", 0.3f), new("gh", "g", 0.1f), new("gh", "r", 0.3f),
        new("q", "k", 0.1f), new("q", "g", 0.2f), new("q", "c", 0.2f), new("q", "ck", 0.1f), new("q", "cq", 0.1f),
        new("qv", "qu", 0.1f), new("zh", "g", 0.3f),
        // No p or v in Arabic: ب for p, ف for v (بيبسي; فلاديمير, Vladimir); Hebrew ב is b or v, פ p or f.
        new("f", "v", 0.1f), new("b", "v", 0.1f), new("b", "p", 0.1f), new("p", "f", 0.1f),
        // و ו: a vowel or a consonant (דוד, David; يوسف, Youssef); י ي: i, e or y, and j (יאן, Jan).
        new("u", "v", 0.2f), new("u", "o", 0.1f), new("u", "w", 0.2f), new("i", "e", 0.1f), new("y", "j", 0.3f),
        new("ei", "ai", 0.1f), new("ei", "ay", 0.1f), new("ei", "ey", 0.1f), new("ei", "i", 0.2f), new("ei", "e", 0.1f),
        new("j", "g", 0.2f), new("j", "zh", 0.3f),
        // ח is h, ch or kh (חיים, Chaim), and the j or g of Spanish (חוסה, José); כ k or ch; צ ts, tz or z (צבי, Tzvi).
        new("h", "ch", 0.2f), new("h", "kh", 0.2f), new("h", "j", 0.3f), new("h", "g", 0.4f), new("k", "kh", 0.2f), new("z", "ts", 0.2f), new("z", "tz", 0.2f),
        new("z", "c", 0.3f),
        // The -ah ending: -a, -e, French -et (لوبيه, Loubet); Hebrew -יה, -ייה for the French -ier (גרנייה, Grenier).
        new("ah", "a", 0.1f), new("ah", "e", 0.2f), new("ih", "et", 0.3f), new("ih", "e", 0.2f), new("ia", "ier", 0.2f),
        new("eia", "ier", 0.2f), new("ei", "ie", 0.1f),
    ];

    /// <summary>Scripts of open syllables: the vowel they add after a consonant the Latin spelling leaves bare.</summary>
    private static readonly SpellingRule[] OpenSyllables =
    [
        new("l", "ll", 0.05f), new("r", "rr", 0.05f), new("w", "v", 0.1f), new("f", "v", 0.1f),
    ];

    private static readonly SpellingRule[] OpenSyllableEndings =
    [
        new("", "e", 0.1f), new("", "r", 0.2f), new("", "l", 0.3f),
    ];

    /// <summary>Pinyin of a foreign name spelt in characters (施罗德, Schröder), and Wade-Giles.</summary>
    private static readonly SpellingRule[] Pinyin =
    [
        // Initials: q ch (Wade-Giles ch'), x s and sh (hs), zh j, z and c ts, j g and z.
        new("q", "ch", 0.2f), new("q", "c", 0.3f), new("q", "k", 0.4f), new("q", "ts", 0.3f),
        new("x", "s", 0.2f), new("x", "sh", 0.2f), new("x", "hs", 0.1f), new("x", "ch", 0.4f), new("x", "z", 0.3f),
        new("zh", "g", 0.3f), new("zh", "s", 0.4f), new("zh", "ch", 0.3f),
        new("j", "g", 0.2f), new("j", "z", 0.3f), new("j", "ch", 0.3f),
        new("z", "ts", 0.2f), new("z", "s", 0.3f), new("c", "ts", 0.2f), new("c", "z", 0.3f), new("c", "ch", 0.3f),
        new("h", "ch", 0.3f), new("h", "kh", 0.2f), new("h", "j", 0.3f), new("h", "g", 0.4f),
        // hu before a vowel for w and wh (华 hua, Wagner; 惠 hui, Whiston), sh for th (莎 sha, Martha).
        new("hu", "w", 0.1f), new("hu", "wh", 0.1f), new("sh", "th", 0.3f),
        // Syllables that stand for a bare consonant: 克 ke, 斯 si, 特 te, 德 de, 弗 fu, 布 bu, 普 pu, 格 ge, 勒 le, 尔 er.
        new("ke", "k", 0.1f), new("ke", "c", 0.1f), new("ke", "ck", 0.1f), new("ke", "x", 0.2f), new("si", "s", 0.1f),
        new("ci", "c", 0.2f), new("zi", "z", 0.1f), new("te", "t", 0.1f), new("de", "d", 0.1f), new("fu", "f", 0.1f),
        new("bu", "b", 0.1f), new("pu", "p", 0.1f), new("ge", "g", 0.1f), new("le", "l", 0.1f), new("er", "r", 0.1f),
        new("er", "l", 0.2f),
        // Finals: ao ou uo for o, ai ei for e, ie for e, ng for n, -ong as -ung (Wade-Giles).
        new("ao", "o", 0.1f), new("ao", "au", 0.1f), new("ou", "o", 0.1f), new("uo", "o", 0.1f), new("ai", "e", 0.2f),
        new("ai", "ay", 0.1f), new("ei", "e", 0.2f), new("ei", "ay", 0.1f), new("ie", "e", 0.1f), new("ian", "ien", 0.1f),
        new("ong", "ung", 0.1f), new("ui", "we", 0.2f), new("ui", "uei", 0.1f),
        new("wa", "va", 0.1f), new("ya", "ja", 0.2f), new("yi", "i", 0.1f), new("you", "ju", 0.2f), new("yu", "u", 0.2f),
        new("yu", "ju", 0.2f),
    ];

    /// <summary>
    /// McCune-Reischauer (ICU's Korean-Latin/BGN, the lists' DPRK spellings) against Revised Romanization and the
    /// popular spellings (Park, Lee, Choi), and Hangul spellings of foreign names (매슈, Matthew; 츠 for ts and z).
    /// </summary>
    private static readonly SpellingRule[] Korean =
    [
        // ㄱ ㄷ ㅂ ㅈ: k t p ch in MR, g d b j in RR (Kim Jong Un; Park Geun-hye); doubled ㄲ ㄸ ㅃ ㅆ ㅉ.
        new("k", "g", 0.1f), new("k", "c", 0.1f), new("k", "kh", 0.2f), new("kk", "k", 0.1f), new("kk", "g", 0.1f),
        new("t", "d", 0.1f), new("tt", "t", 0.1f), new("tt", "d", 0.1f),
        new("p", "b", 0.1f), new("p", "f", 0.1f), new("p", "v", 0.2f), new("p", "ph", 0.1f), new("pp", "p", 0.1f),
        new("pp", "b", 0.1f), new("b", "v", 0.1f), new("b", "p", 0.1f), new("g", "k", 0.1f), new("d", "t", 0.1f),
        new("ch", "j", 0.1f), new("ch", "ts", 0.2f), new("ch", "tz", 0.2f), new("ch", "z", 0.2f), new("j", "ch", 0.1f),
        new("j", "z", 0.2f), new("j", "dg", 0.2f), new("j", "s", 0.3f),
        // ㅅ: s, sh (시 shi, 슈 shu), English th (매슈 Matthew, 스미스 Smith).
        new("s", "sh", 0.1f), new("s", "th", 0.2f), new("s", "z", 0.2f), new("ss", "s", 0.05f), new("sy", "sh", 0.05f),
        new("si", "sh", 0.2f),
        // ㅎ: Japanese fu (후쿠다, Fukuda), Spanish j (호세, José), German ch.
        new("h", "f", 0.2f), new("h", "j", 0.3f), new("h", "ch", 0.3f), new("hw", "wh", 0.1f), new("hw", "w", 0.2f),
        // ㅓ (MR ŏ, RR eo) as o, u (Suh), e, and the er of English; ㅡ (ŭ, eu); ㅐ ㅔ ㅚ ㅢ.
        new("o", "eo", 0.05f), new("o", "u", 0.1f), new("o", "e", 0.2f), new("o", "a", 0.2f), new("o", "er", 0.15f),
        new("o", "or", 0.15f), new("o", "ur", 0.2f), new("o", "oh", 0.1f), new("u", "eu", 0.05f), new("u", "o", 0.2f),
        new("u", "ew", 0.2f), new("ae", "a", 0.1f), new("ae", "e", 0.1f), new("ae", "ai", 0.1f), new("ae", "ay", 0.1f),
        new("e", "ay", 0.1f), new("ei", "a", 0.2f), new("ei", "ay", 0.1f), new("ei", "ey", 0.1f), new("ei", "ai", 0.1f),
        new("ei", "e", 0.1f), new("oe", "oi", 0.1f), new("oe", "we", 0.1f), new("ui", "i", 0.1f), new("ui", "ee", 0.1f),
        new("ui", "eui", 0.05f), new("wi", "ui", 0.1f), new("wi", "wee", 0.1f),
        new("yo", "yeo", 0.05f), new("yo", "yeu", 0.1f), new("yo", "eo", 0.1f), new("yo", "io", 0.1f), new("yu", "you", 0.1f), new("yu", "yoo", 0.1f),
        new("yu", "iu", 0.1f), new("yu", "ju", 0.2f), new("yu", "u", 0.2f), new("wo", "o", 0.1f), new("ya", "ia", 0.1f),
        // 우 written with its glide (Woo, Wook); an h after a final vowel (Oh, Ahn, Suh); ㅏ for the o of English
        // (밥, Bob); 노 and 로 for one surname (Noh, Roh), ㄹ and ㄴ as the North and the South write them.
        new("u", "woo", 0.1f), new("u", "wu", 0.1f), new("a", "ah", 0.1f), new("o", "uh", 0.1f), new("u", "uh", 0.1f),
        new("a", "o", 0.2f), new("n", "r", 0.2f), new("r", "n", 0.2f),
        new("ya", "ja", 0.2f), new("ye", "je", 0.2f), new("ye", "ie", 0.1f), new("ye", "e", 0.1f), new("wa", "va", 0.2f),
        new("wa", "oa", 0.2f),
    ];

    /// <summary>
    /// Korean's spelling of foreign words (the loanword orthography) against the words' own spellings: ㅅ before y for
    /// French ch, German sch and Polish sz (샤를 syarul, Charles; 슈바이거, Schweiger), ㅂ for the German and Polish w
    /// (벨첼 belchel, Welzel), 즈 for ds and z (샌즈 saenj, Sands; 리즈 rij, Liz), 아이 for the German ei and the English i and igh
    /// (라이트 rait, Wright), 쓰 for the Japanese tsu (쓰다 ssda, Tsuda), ㅇ closing a French nasal vowel (앙리 angri,
    /// Henri; 쇼뱅, Chauvin). Only for names not shaped like Korean ones: a Korean syllable keeps the stricter table.
    /// </summary>
    private static readonly SpellingRule[] KoreanLoanwords =
    [
        new("sy", "ch", 0.1f), new("sy", "sch", 0.1f), new("sy", "sz", 0.1f), new("sy", "s", 0.2f), new("s", "sch", 0.2f),
        new("s", "sz", 0.2f), new("b", "w", 0.1f), new("u", "w", 0.2f),
        new("j", "ds", 0.1f), new("j", "dz", 0.1f), new("j", "zz", 0.1f), new("j", "z", 0.1f), new("j", "ts", 0.2f), new("ch", "tz", 0.1f),
        new("ai", "ei", 0.1f), new("ai", "ey", 0.1f), new("ai", "y", 0.1f), new("ai", "i", 0.2f), new("ai", "igh", 0.1f),
        new("r", "wr", 0.1f), new("o", "ar", 0.2f), new("ss", "tsu", 0.1f), new("ss", "ts", 0.1f), new("j", "zu", 0.15f),
        new("ang", "an", 0.1f), new("ang", "en", 0.15f), new("ang", "ean", 0.1f), new("aeng", "in", 0.2f), new("aeng", "ain", 0.15f),
        new("ong", "on", 0.1f), new("oeng", "un", 0.2f), new("h", "ch", 0.1f), new("hi", "ch", 0.2f),
        // English ow, aw and uy (로 Rowe, 쇼 Shaw, 가이 Guy); the Spanish j and g before e and i (호르헤, Jorge).
        new("o", "ow", 0.1f), new("o", "aw", 0.1f), new("ai", "uy", 0.1f), new("h", "g", 0.3f),
        // The silent k of English kn (놀스, Knowles), -tes as 츠 (예이츠, Yates); Brazilian Portuguese: de and di as 지,
        // lh as 리ㄹ (파질랴, Padilha), an initial r as ㅎ (호자, Rosa).
        new("n", "kn", 0.1f), new("ch", "tes", 0.15f), new("ji", "de", 0.1f), new("ji", "di", 0.1f), new("lly", "lh", 0.1f),
        new("h", "r", 0.3f),
        // The German and Scandinavian j before o (욘, Jon; 요제프, Josef): in a Korean name 영 is not 정.
        new("yo", "jo", 0.2f),
        // ㅟ for the French u and the German and Dutch ü and u (뒤퐁, Dupont; 뮐러, Müller).
        new("wi", "u", 0.1f),
        // Brazilian Portuguese: ão as 앙 (세바스치앙, Sebastião), an l closing a syllable as 우 (다니에우, Daniel), ti and te
        // as 치 (레이치, Leite), an s between vowels as ㅈ (모이제스, Moisés).
        new("ang", "ao", 0.1f), new("u", "l", 0.2f), new("chi", "ti", 0.1f), new("chi", "te", 0.15f), new("chi", "thi", 0.1f),
        new("j", "s", 0.15f),
        // Polish: ł as ㅜ before a vowel (바웬사, Wałęsa; folded to l), w before a voiceless consonant as ㅍ (-owski, 오프스키).
        new("w", "l", 0.1f), new("ps", "ws", 0.1f),
        // Greek γ before e and i as y (요르가스, Giorgas); the Spanish x as ㅎ (히메나, Ximena).
        new("yo", "geo", 0.2f), new("yo", "gio", 0.2f), new("h", "x", 0.2f),
        // English: a final ey as 이 (킨지, Kinsey), ugh as 유 (퓨, Pugh), ire, yre and iro as 아이어 (타이어, Tyre;
        // 와이어, Wire), oe as 오이 (노이, Noe).
        new("i", "ey", 0.1f), new("yu", "ugh", 0.1f), new("aio", "ire", 0.1f), new("aio", "yre", 0.1f), new("aio", "iro", 0.1f),
        new("oi", "oe", 0.1f),
        // Turkish ğ lengthens the vowel before it and is not said (에르도안, Erdoğan): folded to g, Hangul has none.
        new("a", "ag", 0.25f), new("o", "og", 0.25f), new("u", "ug", 0.25f),
        // Vietnamese: d as ㅈ and ương as 으엉 (즈엉반민, Dương Văn Minh), qu as ㄲ (꾸옥, Quốc), a final nh as ㄴ.
        new("jo", "duo", 0.1f), new("kk", "q", 0.1f), new("n", "nh", 0.1f),
        // English augh as 오 (보먼, Baughman); the Catalan ix as 시 (포시, Foix).
        new("o", "augh", 0.1f), new("si", "ix", 0.1f),
    ];

    /// <summary>Hepburn from kana: the vowel katakana adds to a bare consonant (スミス su mi su, Smith), v as b.</summary>
    private static readonly SpellingRule[] Kana =
    [
        new("su", "s", 0.1f), new("ku", "k", 0.1f), new("ku", "c", 0.1f), new("to", "t", 0.1f), new("do", "d", 0.1f),
        new("fu", "f", 0.1f), new("ru", "r", 0.1f), new("ru", "l", 0.1f), new("mu", "m", 0.1f), new("pu", "p", 0.1f),
        new("bu", "b", 0.1f), new("gu", "g", 0.1f), new("zu", "z", 0.1f), new("zu", "s", 0.2f), new("tsu", "ts", 0.1f),
        new("tsu", "z", 0.2f), new("chi", "ch", 0.1f), new("chi", "ti", 0.2f), new("shi", "sh", 0.1f), new("shi", "si", 0.2f),
        new("ji", "j", 0.1f), new("ji", "g", 0.2f), new("ji", "zi", 0.1f), new("b", "v", 0.1f), new("h", "f", 0.2f),
        new("a", "er", 0.2f), new("o", "ou", 0.1f), new("o", "oh", 0.1f), new("u", "oo", 0.1f),
    ];

    // Last: static fields are initialised in the order they are written, and the tables above come first.
    private static readonly SpellingRules[] ByProfile = Build();
}
