namespace Embargo.Matching.Text;

/// <summary>
/// The family of scripts a non-Latin name was written in, as far as the spellings of its romanisation go: each has
/// its own ways to differ from a Latin spelling of the same name (see <see cref="Scoring.SpellingRules"/>).
/// </summary>
internal enum SpellingProfile : byte
{
    /// <summary>A name in Latin letters: no cross-script spelling rules apply.</summary>
    Latin,
    /// <summary>Cyrillic: BGN romanisation against Western, Polish, Japanese (Polivanov) and Chinese (Palladius) spellings.</summary>
    Cyrillic,
    /// <summary>Arabic, Persian, Hebrew: no short vowels, vowel letters that are also consonants (و ו as u or v).</summary>
    Abjad,
    /// <summary>Chinese characters as pinyin: open syllables, one liquid, vowels after consonants a Latin spelling leaves bare.</summary>
    Han,
    /// <summary>A Korean name in Hangul, one token a syllable, as McCune-Reischauer against Revised Romanization.</summary>
    Hangul,
    /// <summary>A foreign name spelt in Hangul, a token a word (로베르토 roberto), against the name's own spelling.</summary>
    HangulLoanword,
    /// <summary>Japanese kana as Hepburn.</summary>
    Kana,
    /// <summary>Any other script (Greek, Georgian, Armenian, Devanagari, Thai...): the rules every script shares.</summary>
    Other,
}

internal static class SpellingProfiles
{
    /// <summary>
    /// The profile of a name by its ISO 15924 script code (<see cref="Core.Text.ScriptDetector"/>, null for Latin) and,
    /// for Hangul, by whether the name is shaped like a Korean one.
    /// </summary>
    public static SpellingProfile Of(string? script, string name) => script switch
    {
        "Hang" or "Kore" => HangulRomanizer.IsKoreanNameShape(name) ? SpellingProfile.Hangul : SpellingProfile.HangulLoanword,
        null or Core.Text.ScriptDetector.Latin => SpellingProfile.Latin,
        "Cyrl" => SpellingProfile.Cyrillic,
        "Arab" or "Hebr" or "Syrc" or "Thaa" => SpellingProfile.Abjad,
        "Hani" or "Hans" or "Hant" => SpellingProfile.Han,
        "Jpan" => SpellingProfile.Kana,
        _ => SpellingProfile.Other,
    };
}
