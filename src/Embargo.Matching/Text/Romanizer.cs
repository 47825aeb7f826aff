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
    Kana,
    /// <summary>One Hangul syllable at a time (see <see cref="HangulRomanizer"/>).</summary>
    KoreanSyllable,
    /// <summary>ICU's generic Any-Latin: Georgian, Armenian, Thai, Devanagari and every other script.</summary>
    Other,
    Count,
}
