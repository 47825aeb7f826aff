namespace Embargo.Matching.Text;

/// <summary>The ICU transforms the pipeline uses, one per romanisation; see <see cref="IcuTransforms"/> for their ids.</summary>
internal enum Romanizer
{
    Russian,
    Ukrainian,
    Belarusian,
    Serbian,
    Macedonian,
    Kazakh,
    Mongolian,
    Greek,
    Arabic,
    Hebrew,
    Han,
    /// <summary>Han with the surname readings, for the first character of a Chinese name.</summary>
    HanSurname,
    Kana,
    /// <summary>One Hangul syllable at a time (see <see cref="HangulRomanizer"/>).</summary>
    KoreanSyllable,
    /// <summary>ICU's generic Any-Latin: Georgian, Armenian, Thai, the Indic scripts (then <see cref="IndicRomanizer"/>) and every other script.</summary>
    Other,
    /// <summary>ICU's Latin-ASCII, for the Latin letters Unicode does not decompose (see <see cref="LatinLetters"/>).</summary>
    LatinAscii,
    Count,
}
