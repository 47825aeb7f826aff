using System.Runtime.CompilerServices;

namespace Embargo.Matching.Text;

/// <summary>
/// A key equal for the usual romanisation variants of one folded name token, built in three passes over the
/// letters: consonant spellings to one letter each (Shugayev/Shugaev keep sh; kh/h, zh/j, ph/f, w/v, ck/k/q, ts/tz),
/// glides between vowels dropped (Shugayev → shugaev), vowel spellings and doubled letters made one
/// (Müller/Mueller, Youssef/Yusuf, Shareef/Sharif, Mohammed/Muhammad). It stays discriminative: consonants keep
/// their identity (Lavrov and Lebrun differ) and only vowels after the first one lose the e/a distinction.
/// The key is a comparison value, not a spelling: x stands for the sh sound, c for ch.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>The key of a folded token; the token itself (same instance) when it is already its own key or is not all ASCII letters.</summary>
    public static string Of(string token)
    {
        if (token.Length == 0) return token;
        if (!IsAsciiLetters(token))
        {
            // Digits inside a word stand for the letters they look like (I9or Sech1n): key the letters they show.
            if (token.Length > CharBuffer.StackSize || !HasLookAlikeDigits(token)) return token;
            Span<char> letters = stackalloc char[token.Length];
            for (var i = 0; i < token.Length; i++) letters[i] = char.IsAsciiDigit(token[i]) ? LookAlikeLetter(token[i]) : token[i];
            return IsAsciiLetters(letters) ? OfLetters(letters, token) : token;
        }
        return OfLetters(token, token);
    }

    // Lowercase letters with digits only between letters (i9or, sech1n; not 4th, b2, 2007).
    private static bool HasLookAlikeDigits(string token)
    {
        var digits = false;
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsAsciiLetterLower(token[i])) continue;
            if (!char.IsAsciiDigit(token[i]) || i == 0 || i == token.Length - 1 || !char.IsAsciiLetterLower(token[i - 1])
                || !char.IsAsciiLetterLower(token[i + 1])) return false;
            digits = true;
        }
        return digits;
    }

    private static char LookAlikeLetter(char digit) => digit switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '6' => 'g', '7' => 't', '8' => 'b', '9' => 'g',
        _ => '\0',
    };

    /// <summary>
    /// The key of a folded token of ASCII letters written into <paramref name="destination"/>, without making a string
    /// (free text joins every two adjacent words into one to look up); the key's length, or -1 when the token is not
    /// all ASCII letters (its key is then <see cref="Of"/>'s to give) or the destination is too short.
    /// </summary>
    [SkipLocalsInit] // the buffer is written before it is read: zeroing it cost more than the key
    public static int Write(ReadOnlySpan<char> token, Span<char> destination)
    {
        if (token.Length == 0 || token.Length > CharBuffer.StackSize || !IsAsciiLetters(token)) return -1;
        Span<char> keyBuffer = stackalloc char[CharBuffer.StackSize];
        var key = new CharBuffer(keyBuffer);
        try
        {
            Passes(token, ref key);
            if (key.Length > destination.Length) return -1;
            key.Written.CopyTo(destination);
            return key.Length;
        }
        finally
        {
            key.Dispose();
        }
    }

    [SkipLocalsInit]
    private static string OfLetters(ReadOnlySpan<char> token, string original)
    {
        Span<char> keyBuffer = stackalloc char[CharBuffer.StackSize];
        var key = new CharBuffer(keyBuffer);
        try
        {
            Passes(token, ref key);
            return key.ToString(original);
        }
        finally
        {
            key.Dispose();
        }
    }

    // The three passes over the letters, into key.
    [SkipLocalsInit]
    private static void Passes(ReadOnlySpan<char> token, ref CharBuffer key)
    {
        Span<char> soundsBuffer = stackalloc char[CharBuffer.StackSize];
        Span<char> glidesBuffer = stackalloc char[CharBuffer.StackSize];
        var sounds = new CharBuffer(soundsBuffer);
        var glides = new CharBuffer(glidesBuffer);
        try
        {
            Consonants(token, ref sounds);
            DropGlides(sounds.Written, ref glides);
            Vowels(glides.Written, ref key);
        }
        finally
        {
            sounds.Dispose();
            glides.Dispose();
        }
    }

    /// <summary>Consonant spellings to one letter each: sh → x, ch → c, kh → h, zh → j, ph → f, w → v, y → i...</summary>
    private static void Consonants(scoped ReadOnlySpan<char> t, ref CharBuffer output)
    {
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            var n1 = At(t, i + 1);
            var n2 = At(t, i + 2);
            var n3 = At(t, i + 3);
            var last = i == t.Length - 1;
            switch (c)
            {
                case 's' when n1 == 'h' && n2 == 'c' && n3 == 'h': output.Append("xc"); i += 3; break; // shch (щ): Khrushchev
                case 's' when n1 == 'c' && n2 == 'h': output.Append('x'); i += 2; break;                // sch: Schmidt, Shmidt
                case 's' when n1 == 'h': output.Append('x'); i++; break;
                case 't' when n1 == 's' && n2 == 'c' && n3 == 'h': output.Append('c'); i += 3; break;   // tsch: Tschechow
                case 't' when n1 == 'c' && n2 == 'h': output.Append('c'); i += 2; break;                // tch: Tchaikovsky
                case 't' when n1 == 's' && n2 == 'h': output.Append('c'); i += 2; break;                // tsh: Arabic تش
                case 't' when n1 == 'h': output.Append('t'); i++; break;                                // th: Thomas, Tomas
                case 't' when n1 is 's' or 'z': output.Append('z'); i++; break;                          // ts, tz: Tsipras, Zimmermann
                case 'c' when n1 is 'h' or 'z': output.Append('c'); i++; break;                          // ch, Polish cz
                case 'c' when n1 == 'k': output.Append('k'); i++; break;                                 // ck
                case 'c' when n1 == 'c' && n2 is 'e' or 'i': output.Append('c'); i++; break;             // Italian cci
                case 'c': output.Append(n1 is 'e' or 'i' or 'y' ? 's' : 'k'); break;
                case 'k' when n1 == 'h': output.Append('h'); i++; break;                                // kh: Khasan, Hasan
                case 'g' when n1 == 'h': output.Append('g'); i++; break;                                // gh: Ghazi, Gazi
                case 'g' when n1 == 'i' && n2 is 'a' or 'e' or 'o' or 'u': output.Append('j'); i++; break; // Giovanni, Dzhovanni
                case 'z' when n1 == 'h': output.Append('j'); i++; break;                                // zh: Zhukov, Joukov
                case 'd' when n1 == 'z' && n2 == 'h': output.Append('j'); i += 2; break;               // dzh: Dzhamal, Jamal
                case 'd' when n1 == 'j': output.Append('j'); i++; break;                                // dj: Djamel
                case 'd' when n1 == 'g' && n2 is 'e' or 'i' or 'y': output.Append('j'); i++; break;     // dge: Bridget
                case 'd' when n1 == 'h': output.Append('d'); i++; break;                                // dh: Dhabi
                case 'd' when n1 == 'z': output.Append('z'); i++; break;                                // dz: Kanadzawa
                case 'p' when n1 == 'h': output.Append('f'); i++; break;                                // ph: Mustapha
                case 'q' when n1 == 'u' && n2 is 'a' or 'e' or 'i' or 'o': output.Append('k'); i++; break; // qu: Quintero
                case 'q': output.Append('k'); break;                                                     // q: Qasim, Kasim
                // Pinyin's x sounds as sh, and is heard and written so (Xi Jinping, Shi Jinping): a Chinese name's word
                // that opens with it keys as sh does. Elsewhere x is ks.
                case 'x' when i == 0 && SinoKoreanReadings.IsPinyin(t): output.Append('x'); break;
                case 'x': output.Append("ks"); break;                                                    // Alexei, Aleksei
                case 'w': output.Append('v'); break;                                                     // Wladimir, Vladimir
                case 'y' when i == 0 && n1 == 'e': break;                                               // Yevgeny, Evgeny
                case 'y': output.Append('i'); break;                                                     // Yuriy, Iurii
                case 'j' when (last || (n1 == 's' && i + 2 == t.Length)) && i > 0 && IsVowel(t[i - 1]):
                    output.Append('i'); break;                                                           // Sergej, Sergei; Latvian Sergejs
                case 'h' when last && i > 0 && IsVowel(t[i - 1]): break;                                // Fatimah, Fatima
                case 'e' when last && i > 1 && !IsVowel(t[i - 1]): break;                               // a silent final e: Fontaine
                default: output.Append(c); break;
            }
        }
    }

    /// <summary>An i between two vowels is a glide the spellings disagree on: Shugayev, Shugaev.</summary>
    private static void DropGlides(scoped ReadOnlySpan<char> s, ref CharBuffer output)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 'i' && i > 0 && i + 1 < s.Length && IsVowel(s[i - 1]) && s[i - 1] != 'i' && s[i + 1] == 'e') continue;
            // Lyudmila, Ludmila; Lyubov, Liubov: a soft consonant before u (but Liu and Lu stay apart).
            if (s[i] == 'i' && i > 0 && i + 2 < s.Length && !IsVowel(s[i - 1]) && s[i + 1] is 'u' or 'o' && !IsVowel(s[i + 2])) continue;
            output.Append(s[i]);
        }
    }

    /// <summary>
    /// Vowel spellings to one vowel (ue → u, oo and ou → u, ee → i, Korean eo → o and eu → u), o as u, e after the
    /// first vowel as a (Mohammed, Muhammad), doubled letters as one.
    /// </summary>
    private static void Vowels(scoped ReadOnlySpan<char> s, ref CharBuffer output)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var pair = (c, At(s, i + 1)) switch
            {
                ('u', 'e') => 'u', // Mueller, Müller
                ('o', 'e') => 'o', // Goebbels, Göbbels
                ('a', 'e') => 'a', // Jaeger, Jäger
                ('e', 'e') => 'i', // Shareef, Sharif
                ('o', 'o') => 'u', // Mahmood, Mahmud
                ('o', 'u') => 'u', // Oussama, Usama
                ('e', 'o') => 'o', // Jeong, Jong
                ('e', 'u') => 'u', // Eun, Un
                _ => '\0',
            };
            if (pair != '\0')
            {
                c = pair;
                i++;
            }
            if (c == 'o') c = 'u';
            else if (c == 'e' && output.Written.IndexOfAny("aeiou") >= 0) c = 'a';
            if (output.Length > 0 && output.Last == c) continue; // doubled letters: Mohammed, Muhamad
            output.Append(c);
        }
    }

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    internal static bool IsAsciiLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }
        return true;
    }
}
