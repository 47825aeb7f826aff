namespace Embargo.Matching.Text;

/// <summary>
/// Arabic, Persian and Hebrew words to Latin. These scripts write few vowels, so ICU's romanisation is a consonant
/// skeleton with the vowel letters as consonants (سيسوكو → syswkw, מוסקונה → mwsqwnh). The Latin spelling of the
/// same name reads those letters as vowels (Sissoko, Moskona), so between consonants و/ו becomes u and ي/י
/// becomes i, and a word-final ه/ה after a consonant is the -a(h) ending. The short vowels stay missing: the
/// scorer compares such names on <see cref="ConsonantSkeleton"/> too.
/// </summary>
internal static class AbjadRomanizer
{
    private const char Alef = '\u0627';
    private const char Lam = '\u0644';
    private const char TehMarbuta = '\u0629';
    private const char AlefHamzaAbove = '\u0623';
    private const char AlefHamzaBelow = '\u0625';
    private const char AlefMadda = '\u0622';
    private const char AlefMaksura = '\u0649';
    private const char Waw = '\u0648';
    private const char Yeh = '\u064A';
    private const char Shin = '\u05E9';

    /// <summary>
    /// Appends one Arabic-script word: the article al- as a word of its own (العراقي → al iraqi), but Allah whole
    /// (عبد الله → abd allah, as in Abdallah).
    /// </summary>
    public static void AppendArabic(scoped ReadOnlySpan<char> word, ref CharBuffer output)
    {
        if (word.SequenceEqual("\u0627\u0644\u0644\u0647"))
        {
            output.Append("allah");
            return;
        }
        if (word.Length > 3 && word[0] == Alef && word[1] == Lam)
        {
            output.Append("al ");
            word = word[2..];
        }
        Span<char> nativeBuffer = stackalloc char[CharBuffer.StackSize];
        var native = new CharBuffer(nativeBuffer);
        try
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                // An alef then waw opening a word before a consonant is a long u or o (أوباما → Obama).
                if (i == 0 && c is Alef or AlefHamzaAbove && word.Length > 2 && word[1] == Waw && word[2] is not (Alef or Waw or Yeh))
                {
                    native.Append('u');
                    i++;
                    continue;
                }
                native.Append(c switch
                {
                    TehMarbuta => 'a',     // the feminine ending is -a in names (أسامة → Usama); ICU writes a t
                    AlefHamzaBelow => 'i', // إ is an i (إبراهيم → Ibrahim); ICU writes an a
                    AlefMadda => 'a',
                    AlefMaksura => 'a',    // a final -a (موسى → Musa); ICU writes a y
                    _ => c,
                });
            }
            AppendRestored(Romanizer.Arabic, native.Written, ref output);
        }
        finally
        {
            native.Dispose();
        }
    }

    /// <summary>
    /// Appends one Hebrew word; a geresh makes ג' j, ז' zh and צ' ch (ג'ונסון → jonson). The Latin put in before ICU
    /// (which passes it through) writes the h of a digraph as ẖ, as ICU does.
    /// </summary>
    public static void AppendHebrew(scoped ReadOnlySpan<char> word, ref CharBuffer output)
    {
        Span<char> nativeBuffer = stackalloc char[CharBuffer.StackSize];
        var native = new CharBuffer(nativeBuffer);
        try
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (i + 1 < word.Length && IsGeresh(word[i + 1]) && Geresh(c) is { Length: > 0 } latin)
                {
                    native.Append(latin);
                    i++;
                }
                // Without vowel points ש is shin far more often than sin in names (Shalom, Moshe); ICU writes s.
                else if (c == Shin) native.Append("s\u1E96");
                else if (!IsGeresh(c)) native.Append(c);
            }
            AppendRestored(Romanizer.Hebrew, native.Written, ref output);
        }
        finally
        {
            native.Dispose();
        }
    }

    public static bool IsGeresh(char c) => c is '\'' or '\u05F3' or '\u2019' or '`';

    private static string Geresh(char c) => c switch
    {
        '\u05D2' => "j",  // ג'
        '\u05D6' => "z\u1E96", // ז'
        '\u05E6' or '\u05E5' => "c\u1E96", // צ' ץ'
        _ => "",
    };

    private static void AppendRestored(Romanizer romanizer, scoped ReadOnlySpan<char> native, ref CharBuffer output)
    {
        Span<char> latinBuffer = stackalloc char[CharBuffer.StackSize];
        Span<char> lettersBuffer = stackalloc char[CharBuffer.StackSize];
        var latin = new CharBuffer(latinBuffer);
        var letters = new CharBuffer(lettersBuffer);
        try
        {
            IcuTransforms.Append(romanizer, native, ref latin);
            ToLetters(latin.Written, ref letters);
            RestoreVowels(letters.Written, romanizer == Romanizer.Hebrew, ref output);
        }
        finally
        {
            latin.Dispose();
            letters.Dispose();
        }
    }

    /// <summary>
    /// ICU's transcription to plain letters: diacritics off (ṣ → s), alef, ayin and hamza as one glottal mark ('),
    /// and the h that ICU writes as ẖ to show a digraph (sẖ for ش, kẖ for خ) as <see cref="DigraphH"/>, so that a
    /// real h after a consonant (כהן, k then h) is not read as one.
    /// </summary>
    private static void ToLetters(scoped ReadOnlySpan<char> latin, ref CharBuffer letters)
    {
        foreach (var c in latin)
        {
            if (c == '\u1E96') letters.Append(DigraphH);
            else if (IsGlottal(c)) letters.Append(Glottal);
            else if (char.IsAsciiLetter(c)) letters.Append((char)(c | 0x20));
            else if (LatinLetters.Fold(c) is { Length: > 0 } ascii) letters.Append(ascii);
        }
    }

    private const char Glottal = '\'';
    private const char DigraphH = '_';

    /// <summary>
    /// Reads the vowel letters w and y of a consonant skeleton as vowels where no vowel is beside them, the glottal
    /// letters as the vowel they carry, and a final h after a consonant as the -a(h) ending.
    /// </summary>
    internal static void RestoreVowels(scoped ReadOnlySpan<char> s, bool hebrew, ref CharBuffer output)
    {
        var start = output.Length;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var atStart = output.Length == start;
            var previousIsVowel = !atStart && IsVowel(output.Last);
            var next = At(s, i + 1);
            switch (c)
            {
                // Alef then a double yod opening a word: the diphthong (איימי → eimi, Amy; אייזיק → eiziq, Isaac).
                case Glottal when atStart && next == 'y' && At(s, i + 2) == 'y' && IsConsonant(At(s, i + 3)):
                    output.Append("ei");
                    i += 2;
                    break;
                // Alef or ayin then a vowel letter opening a word: that vowel (אוליביה → olivia, אימוג'ן → imogen).
                case Glottal when atStart && next is 'w' or 'y' && IsConsonant(At(s, i + 2)):
                    output.Append(next == 'w' ? 'u' : 'i');
                    i++;
                    break;
                // Alef or ayin before a consonant carries a vowel (ʿly → ali); before a vowel letter, nothing.
                case Glottal:
                    if (IsConsonant(next)) output.Append('a');
                    break;
                case 'w' when next == 'w':
                    output.Append('v'); // Hebrew double vav: a consonant (דייוויד → david)
                    i++;
                    break;
                case 'w':
                    output.Append(atStart || next == 'a' ? 'w' : 'u');
                    break;
                case 'y' when next == 'y' && !atStart:
                    output.Append("ei"); // Hebrew double yod: a diphthong (מייקל → meikl)
                    i++;
                    break;
                case 'y':
                    output.Append(atStart || next == 'a' ? 'y' : 'i');
                    break;
                // A Hebrew word of one consonant and ה is a particle of a foreign name: דה de, לה le (ג'רארדו דה קרמונה).
                case 'h' when hebrew && next == '\0' && output.Length - start == 1 && IsConsonant(output.Last):
                    output.Append('e');
                    break;
                // Final ה/ه after a consonant: the -a(h) ending (מוסקונה → moskunah); Hebrew -יה is -ia (אוליביה).
                case 'h' when next == '\0' && !atStart && !previousIsVowel:
                    output.Append("ah");
                    break;
                case 'h' when next == '\0' && hebrew && output.Last == 'i':
                    output.Append('a');
                    break;
                // A real h after a letter that would make a digraph with it gets a vowel between (כהן → kahn, not khn).
                case 'h' when !atStart && output.Last is 'k' or 's' or 't' or 'g' or 'z' or 'd' or 'c' or 'p':
                    output.Append("ah");
                    break;
                case DigraphH:
                    output.Append('h');
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && !IsVowel(c) && c is not ('w' or 'y');

    private static bool IsGlottal(char c) => c is '\'' or '\u02BC' or '\u02BE' or '\u02BF' or '\u02BB' or '\u2018' or '\u2019';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
