using System.Text;

namespace Embargo.Matching.Text;

/// <summary>
/// Chinese characters to pinyin one character at a time, each romanised by ICU once and kept: ICU's Han-Latin
/// costs some 40 µs a name, a table look-up nothing. Pinyin is written without tones (the folder drops them), the
/// first character of a name with its surname reading (单 is Shan as a surname, Dan elsewhere).
/// </summary>
internal static class HanRomanizer
{
    // The unified ideographs of the Basic Multilingual Plane, extension A included; others go to ICU each time.
    internal const int First = 0x3400;
    internal const int Last = 0x9FFF;

    // Filled lazily; a race only computes the same string twice.
    private static readonly string?[] Readings = new string?[Last - First + 1];
    private static readonly string?[] SurnameReadings = new string?[Last - First + 1];

    /// <summary>
    /// Appends a run of characters as pinyin: surname apart and given name as one word for a name of two or three
    /// characters (习近平 → xi jinping), all as one word otherwise (施尼特克 → shiniteke, a foreign name spelt in
    /// characters) or when <paramref name="oneWord"/> says it is not a Chinese name.
    /// </summary>
    public static void Append(scoped ReadOnlySpan<char> run, bool oneWord, ref CharBuffer output)
    {
        var characters = 0;
        foreach (var _ in run.EnumerateRunes()) characters++;
        var split = !oneWord && characters is 2 or 3;
        var index = 0;
        for (var i = 0; i < run.Length; index++)
        {
            Rune.DecodeFromUtf16(run[i..], out var rune, out var width);
            if (index == 1 && split) output.Append(' ');
            if (rune.Value is >= First and <= Last) output.Append(Reading((char)rune.Value, surname: index == 0));
            else AppendWithoutSpaces(run.Slice(i, width), index == 0, ref output);
            i += width;
        }
    }

    /// <summary>The pinyin of one character of the Basic Multilingual Plane's ideographs, tones marked.</summary>
    internal static string Reading(char c, bool surname)
    {
        var table = surname ? SurnameReadings : Readings;
        return table[c - First] ??= Compute([c], surname);
    }

    private static string Compute(scoped ReadOnlySpan<char> character, bool surname)
    {
        Span<char> buffer = stackalloc char[32];
        var output = new CharBuffer(buffer);
        try
        {
            AppendWithoutSpaces(character, surname, ref output);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static void AppendWithoutSpaces(scoped ReadOnlySpan<char> text, bool surname, ref CharBuffer output)
    {
        Span<char> buffer = stackalloc char[32];
        var latin = new CharBuffer(buffer);
        try
        {
            IcuTransforms.Append(surname ? Romanizer.HanSurname : Romanizer.Han, text, ref latin);
            foreach (var c in latin.Written)
            {
                if (c != ' ') output.Append(c);
            }
        }
        finally
        {
            latin.Dispose();
        }
    }
}
