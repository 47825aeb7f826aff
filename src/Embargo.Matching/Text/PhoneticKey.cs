namespace Embargo.Matching.Text;

/// <summary>
/// A key equal for the usual romanisation variants of one folded name token.
/// </summary>
internal static class PhoneticKey
{
    internal static string Rules = Environment.GetEnvironmentVariable("EMBARGO_RULES") ?? "";
    internal static string VowelMode = Environment.GetEnvironmentVariable("EMBARGO_VOWELS") ?? "ou-ea2";

    public static string Of(string token)
    {
        if (token.Length == 0 || !IsAsciiLetters(token)) return token;
        Span<char> soundsBuffer = stackalloc char[CharBuffer.StackSize];
        Span<char> glidesBuffer = stackalloc char[CharBuffer.StackSize];
        Span<char> keyBuffer = stackalloc char[CharBuffer.StackSize];
        var sounds = new CharBuffer(soundsBuffer);
        var glides = new CharBuffer(glidesBuffer);
        var key = new CharBuffer(keyBuffer);
        try
        {
            Consonants(token, ref sounds);
            DropGlides(sounds.Written, ref glides);
            Vowels(glides.Written, ref key);
            return key.ToString(token);
        }
        finally
        {
            sounds.Dispose();
            glides.Dispose();
            key.Dispose();
        }
    }


    public static string Skeleton(string token)
    {
        if (token.Length == 0 || !IsAsciiLetters(token)) return token;
        Span<char> buffer = stackalloc char[CharBuffer.StackSize];
        var output = new CharBuffer(buffer);
        try
        {
            for (var i = 0; i < token.Length; i++)
            {
                var c = token[i];
                var n1 = At(token, i + 1);
                var n2 = At(token, i + 2);
                char sound;
                switch (c)
                {
                    case 's' when n1 == 'c' && n2 == 'h': sound = 's'; i += 2; break;
                    case 's' when n1 == 'h': sound = 's'; i++; break;
                    case 'c' when n1 is 'h' or 'k' or 'z': sound = 'k'; i++; break;
                    case 'c': sound = n1 is 'e' or 'i' or 'y' ? 's' : 'k'; break;
                    case 'p' when n1 == 'h': sound = 'b'; i++; break;
                    case 't' when n1 == 'c' && n2 == 'h': sound = 'k'; i += 2; break;
                    case 't' when n1 is 's' or 'z': sound = 's'; i++; break;
                    case 't' when n1 == 'h': sound = 't'; i++; break;
                    case 'k' when n1 == 'h': sound = '\0'; i++; break; // kh is an h: Khan, Han
                    case 'g' when n1 == 'h': sound = 'k'; i++; break;
                    case 'z' when n1 == 'h': sound = 'k'; i++; break;
                    case 'd' when n1 is 'j': sound = 'k'; i++; break;
                    case 'd' when n1 == 'z' && n2 == 'h': sound = 'k'; i += 2; break;
                    case 'd' when n1 == 'z': sound = 's'; i++; break;
                    case 'x': output.Append('k'); sound = 's'; break;
                    case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h': sound = '\0'; break;
                    // w after a consonant is a glide (Kwame, Hwang, the wa and wi of Korean and pinyin).
                    case 'w': sound = i == 0 || IsVowel(token[i - 1]) ? 'b' : '\0'; break;
                    case 'b' or 'p' or 'f' or 'v': sound = 'b'; break;
                    case 'k' or 'g' or 'q' or 'j': sound = 'k'; break;
                    case 's' or 'z': sound = 's'; break;
                    case 't' or 'd': sound = 't'; break;
                    case 'l' or 'r': sound = 'r'; break;
                    default: sound = c; break;
                }
                if (sound == '\0' || (output.Length > 0 && output.Last == sound)) continue;
                output.Append(sound);
            }
            return output.ToString(token);
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>Consonant spellings to one letter each: sh → x, ch → c, kh → h, zh → j, ph → f, w → v, y → i...</summary>
    private static void Consonants(ReadOnlySpan<char> t, ref CharBuffer output)
    {
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            var n1 = At(t, i + 1);
            var n2 = At(t, i + 2);
            var n3 = At(t, i + 3);
            switch (c)
            {
                case 's' when n1 == 'h' && n2 == 'c' && n3 == 'h': output.Append("xc"); i += 3; break; // shch (щ)
                case 's' when n1 == 'c' && n2 == 'h': output.Append('x'); i += 2; break;                // sch
                case 's' when n1 == 'h': output.Append('x'); i++; break;
                case 't' when n1 == 's' && n2 == 'c' && n3 == 'h': output.Append('c'); i += 3; break;   // tsch
                case 't' when n1 == 'c' && n2 == 'h': output.Append('c'); i += 2; break;                // tch
                case 't' when n1 == 's' && n2 == 'h': output.Append('c'); i += 2; break;                // tsh (Arabic تش)
                case 't' when n1 == 'h': output.Append('t'); i++; break;
                case 't' when n1 is 's' or 'z': output.Append('z'); i++; break;                          // ts, tz (ц)
                case 'c' when n1 is 'h' or 'z': output.Append('c'); i++; break;
                case 'c' when n1 == 'k': output.Append('k'); i++; break;
                case 'c' when n1 == 'c' && n2 is 'e' or 'i': output.Append('c'); i++; break;            // Italian cci
                case 'd' when n1 == 'g' && n2 is 'e' or 'i' or 'y': output.Append('j'); i++; break;     // English dge
                case 'g' when n1 == 'i' && IsVowel(n2) && n2 != 'i' && Rules.Contains("gi", StringComparison.Ordinal): output.Append('j'); i++; break; // Giovanni
                case 'h' when i > 0 && IsVowel(t[i - 1]) && n1 != '\0' && !IsVowel(n1) && Rules.Contains("hc", StringComparison.Ordinal): break;
                case 'e' when i == t.Length - 1 && i > 1 && !IsVowel(t[i - 1]) && Rules.Contains("fe", StringComparison.Ordinal): break;
                case 'c': output.Append(n1 is 'e' or 'i' or 'y' ? 's' : 'k'); break;
                case 'k' when n1 == 'h': output.Append('h'); i++; break;
                case 'g' when n1 == 'h': output.Append('g'); i++; break;
                case 'z' when n1 == 'h': output.Append('j'); i++; break;
                case 'd' when n1 == 'z' && n2 == 'h': output.Append('j'); i += 2; break;               // dzh
                case 'd' when n1 == 'j': output.Append('j'); i++; break;
                case 'd' when n1 == 'h': output.Append('d'); i++; break;
                case 'd' when n1 == 'z': output.Append('z'); i++; break;
                case 'p' when n1 == 'h': output.Append('f'); i++; break;
                case 'q' when n1 == 'u' && IsVowel(n2): output.Append('k'); i++; break;
                case 'q': output.Append('k'); break;
                case 'x': output.Append("ks"); break;
                case 'w': output.Append('v'); break;
                case 'y' when i == 0 && n1 == 'e': break;                                              // Yevgeny, Evgeny
                case 'y': output.Append('i'); break;
                case 'j' when i == t.Length - 1 && i > 0 && IsVowel(t[i - 1]): output.Append('i'); break; // Sergej
                case 'h' when i == t.Length - 1 && i > 0 && IsVowel(t[i - 1]): break;                 // Fatimah
                default: output.Append(c); break;
            }
        }
    }

    /// <summary>An i between two vowels is a glide the spellings disagree on: Shugayev, Shugaev.</summary>
    private static void DropGlides(ReadOnlySpan<char> s, ref CharBuffer output)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 'i' && i > 0 && i + 1 < s.Length && IsVowel(s[i - 1]) && s[i - 1] != 'i' && IsVowel(s[i + 1])) continue;
            output.Append(s[i]);
        }
    }

    private static void Vowels(ReadOnlySpan<char> s, ref CharBuffer output)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var n1 = At(s, i + 1);
            char sound;
            var pair = (c, n1) switch
            {
                ('u', 'e') => 'u', // Mueller
                ('o', 'e') => 'o',
                ('a', 'e') => 'a',
                ('e', 'e') => 'i', // Shareef
                ('o', 'o') => 'u', // Mahmood
                ('o', 'u') => 'u', // Oussama
                ('e', 'o') => 'o', // Jeong
                ('e', 'u') => 'u', // Eun
                _ => '\0',
            };
            if (pair != '\0')
            {
                sound = Class(pair);
                i++;
            }
            else sound = IsVowel(c) ? Class(c) : c;
            if (VowelMode == "ou-ea2" && sound == 'e' && HasVowel(output.Written)) sound = 'a';
            if (output.Length > 0 && output.Last == sound) continue; // doubled letters: Mohammed, Muhamad
            output.Append(sound);
        }
    }

    private static char Class(char vowel) => VowelMode switch
    {
        "none" => vowel,
        "ou" or "ou-ea2" => vowel == 'o' ? 'u' : vowel,
        "ou-ea" => vowel switch { 'o' => 'u', 'e' => 'a', _ => vowel },
        _ => vowel,
    };

    private static bool HasVowel(ReadOnlySpan<char> s) => s.IndexOfAny("aeiou") >= 0;

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsAsciiLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }
        return true;
    }
}
