using System.Buffers;
using System.Text;

namespace Embargo.Matching.Text;

/// <summary>
/// Other scripts to Latin, through the system ICU library's transforms, chosen per script for the romanisations
/// sanctions lists use: Russian BGN (Shugayev), Greek UNGEGN, pinyin, McCune-Reischauer as the DPRK writes it,
/// Arabic and Hebrew with their vowel letters read as vowels, ICU's Any-Latin for the rest. Only the runs of
/// other scripts change: Latin letters, digits and punctuation pass through. Thread-safe.
/// </summary>
internal static class Transliteration
{
    public static string ToLatin(string text)
    {
        var first = IndexOfNonLatinLetter(text);
        if (first < 0) return text;
        Span<char> initial = stackalloc char[CharBuffer.StackSize];
        var output = new CharBuffer(initial);
        try
        {
            output.Append(text.AsSpan(0, first));
            var cyrillic = Romanizer.Count; // chosen from the whole text at the first Cyrillic run
            var foreignHangul = (bool?)null; // decided from the whole text at the first Hangul run
            var hangulBefore = false; // a Hangul word came before: a ruler's title may follow his name (진 영공)
            var previousScript = Script.None;
            var previousEnd = -1;
            var i = first;
            while (i < text.Length)
            {
                Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var width);
                var script = Scripts.Of(rune);
                if (script is Script.None or Script.Latin)
                {
                    output.Append(text.AsSpan(i, width));
                    i += width;
                    continue;
                }
                var end = RunEnd(text, i + width, script);
                var run = text.AsSpan(i, end - i);
                // Scripts that meet inside a word meet at a word boundary: 田中さくら is Tanaka Sakura.
                if (previousEnd == i && previousScript != script) output.Append(' ');
                previousScript = script;
                previousEnd = end;
                switch (script)
                {
                    case Script.Cyrillic:
                        if (cyrillic == Romanizer.Count) cyrillic = CyrillicRomanizer(text);
                        IcuTransforms.Append(cyrillic, run, ref output);
                        break;
                    case Script.Greek: IcuTransforms.Append(Romanizer.Greek, run, ref output); break;
                    case Script.Arabic: AbjadRomanizer.AppendArabic(run, ref output); break;
                    case Script.Hebrew: AbjadRomanizer.AppendHebrew(run, ref output); break;
                    case Script.Han: HanRomanizer.Append(run, BesideMiddleDot(text, i, end) || IsJapanese(text), ref output); break;
                    case Script.Hangul:
                        foreignHangul ??= !HangulRomanizer.IsKoreanNameShape(text);
                        HangulRomanizer.Append(run, foreignHangul.Value, hangulBefore, ref output);
                        hangulBefore = true;
                        break;
                    case Script.Kana: IcuTransforms.Append(Romanizer.Kana, run, ref output); break;
                    case Script.Indic: IndicRomanizer.Append(run, ref output); break;
                    default: IcuTransforms.Append(Romanizer.Other, run, ref output); break;
                }
                i = end;
            }
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>The index of the first letter of a script other than Latin, or -1.</summary>
    public static int IndexOfNonLatinLetter(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (text[i] < 0x80)
            {
                i++;
                continue;
            }
            Rune.DecodeFromUtf16(text[i..], out var rune, out var width);
            if (Scripts.Of(rune) is not (Script.None or Script.Latin)) return i;
            i += width;
        }
        return -1;
    }

    /// <summary>Whether the text has a letter of Arabic, Hebrew, Chinese, Japanese kana or Hangul.</summary>
    public static bool HasScriptWithFewVowels(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Scripts.Of(rune) is Script.Arabic or Script.Hebrew or Script.Han or Script.Kana or Script.Hangul) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the text has Chinese characters, kana or Hangul: scripts that write foreign names in open syllables,
    /// leaving out codas (an r that closes a syllable) or adding syllables for consonant clusters.
    /// </summary>
    public static bool HasOpenSyllableScript(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Scripts.Of(rune) is Script.Han or Script.Kana or Script.Hangul) return true;
        }
        return false;
    }

    // A run goes on through letters of its script and through marks; a Hebrew geresh belongs to its letter (ג').
    private static int RunEnd(string text, int i, Script script)
    {
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var width);
            if (Scripts.Of(rune) != script && !Scripts.IsMark(rune) && !(script == Script.Hebrew && AbjadRomanizer.IsGeresh(text[i])))
                break;
            i += width;
        }
        return i;
    }

    // Letters that only some Cyrillic alphabets have decide which BGN table reads the whole name.
    private static readonly SearchValues<char> KazakhOnly = SearchValues.Create("ӘәҒғҚқҢңҰұҺһ");
    private static readonly SearchValues<char> MongolianOrKazakh = SearchValues.Create("ӨөҮү");
    private static readonly SearchValues<char> BelarusianOnly = SearchValues.Create("Ўў");
    private static readonly SearchValues<char> NotUkrainian = SearchValues.Create("ЫыЭэ");
    private static readonly SearchValues<char> UkrainianOnly = SearchValues.Create("ЇїЄєҐґ");
    private static readonly SearchValues<char> MacedonianOnly = SearchValues.Create("ЃѓЌќЅѕ");
    private static readonly SearchValues<char> SerbianOrMacedonian = SearchValues.Create("ЂђЈјЉљЊњЋћЏџ");

    private static Romanizer CyrillicRomanizer(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(KazakhOnly)) return Romanizer.Kazakh;
        if (text.ContainsAny(MongolianOrKazakh)) return Romanizer.Mongolian; // Kazakh, which has them too, has more
        // Belarusian shares і with Ukrainian, but has ў, and ы and э, which Ukrainian lacks.
        var i = text.ContainsAny('І', 'і');
        if (text.ContainsAny(BelarusianOnly) || (i && text.ContainsAny(NotUkrainian))) return Romanizer.Belarusian;
        if (i || text.ContainsAny(UkrainianOnly)) return Romanizer.Ukrainian;
        if (text.ContainsAny(MacedonianOnly)) return Romanizer.Macedonian;
        if (text.ContainsAny(SerbianOrMacedonian)) return Romanizer.Serbian;
        return Romanizer.Russian;
    }

    // With kana beside them the characters are Japanese, read as pinyin all the same, but without a Chinese name's shape.
    private static bool IsJapanese(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF') return true;
        }
        return false;
    }

    // Chinese writes the parts of a foreign name with a middle dot between them (约翰·史密斯, John Smith).
    private static bool BesideMiddleDot(string text, int start, int end) =>
        (start > 0 && IsMiddleDot(text[start - 1])) || (end < text.Length && IsMiddleDot(text[end]));

    private static bool IsMiddleDot(char c) => c is '\u00B7' or '\u30FB' or '\u2022' or '\u2027' or '\u2219' or '\uFF65';
}
