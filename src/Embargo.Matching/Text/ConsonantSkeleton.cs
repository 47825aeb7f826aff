namespace Embargo.Matching.Text;

/// <summary>
/// The consonants of a folded token in six loose classes (b p f v · k g q c j · s z x · t d · l r · m n), vowels,
/// h, y and glide w left out. It is how a name written in Latin meets one romanised from a script that writes
/// few vowels or has other sounds: מל רוזנברג gives ml ruznbrg, Mel Rosenberg gives the same mr rsnbrk; Korean and
/// Chinese have one liquid (l = r) and no f. Far less discriminative than <see cref="PhoneticKey"/>: evidence
/// for cross-script pairs, not a key to match on alone.
/// </summary>
internal static class ConsonantSkeleton
{
    public static string Of(string token) => Build(token, markCodas: false);

    /// <summary>
    /// The skeleton with each consonant that closes a syllable (no vowel after it) in upper case: Turner gives
    /// tRnR, the pinyin deng gives tN (ng is one nasal). Scripts whose syllables are mostly open (Korean, Chinese,
    /// Japanese) drop or add such codas where a Latin spelling has them (터너 to no, 高登 gao deng for Golden), so
    /// <see cref="Scoring.SoundAlignment"/> lets a coda go more cheaply than a consonant that opens a syllable.
    /// </summary>
    public static string WithCodas(string token) => Build(token, markCodas: true);

    private static string Build(string token, bool markCodas)
    {
        if (token.Length == 0 || !PhoneticKey.IsAsciiLetters(token)) return token;
        Span<char> buffer = stackalloc char[CharBuffer.StackSize];
        var output = new CharBuffer(buffer);
        try
        {
            // A name that opens on a vowel sound keeps a mark of it: Angela is not 科里 ke li, however close the rest.
            if (markCodas && (IsVowel(token[0]) || (token[0] == 'w' && !IsVowel(At(token, 1))))) output.Append(VowelStart);
            // With codas marked, a consonant repeats only where letters double or spellings differ (Bettega, tt),
            // not across a vowel: Pereira keeps both r, as 페레이라 pe re i ra does.
            var afterVowel = false;
            for (var i = 0; i < token.Length; i++)
            {
                var c = token[i];
                var n1 = At(token, i + 1);
                var n2 = At(token, i + 2);
                char sound;
                switch (c)
                {
                    case 'n' when markCodas && n1 == 'g' && !IsVowel(n2): sound = 'n'; i++; break; // pinyin, Korean ng: one nasal
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
                    case 'x' when n1 is 'i' or 'u': sound = 's'; break; // pinyin xi, xu
                    case 'x': output.Append('k'); sound = 's'; break;
                    case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h': sound = '\0'; break;
                    // w is a consonant only between vowels or opening a word before one (Walid, Awad); elsewhere a
                    // glide or a vowel (Kwame, Hwang, the wa and wi of Korean and pinyin, Crawley, Lowry).
                    case 'w': sound = IsVowel(n1) && (i == 0 || IsVowel(token[i - 1])) ? 'b' : '\0'; break;
                    case 'b' or 'p' or 'f' or 'v': sound = 'b'; break;
                    case 'k' or 'g' or 'q' or 'j': sound = 'k'; break;
                    case 's' or 'z': sound = 's'; break;
                    case 't' or 'd': sound = 't'; break;
                    case 'l' or 'r': sound = 'r'; break;
                    default: sound = c; break;
                }
                if (sound == '\0')
                {
                    afterVowel |= IsVowel(c);
                    continue;
                }
                var repeated = output.Length > 0 && char.ToLowerInvariant(output.Last) == sound;
                if (repeated && !(markCodas && afterVowel)) continue;
                afterVowel = false;
                // A coda: no vowel follows the letters just read (doubled letters read as one: Bettega's tt opens).
                var after = i + 1;
                while (after < token.Length && token[after] == token[i]) after++;
                // Only an r is left unwritten (non-rhotic English: Turner, 터너 to no); a coda l is written (월터 wol
                // to, Walter), so it is marked apart, L, of the same class as r.
                if (markCodas && !IsVowel(At(token, after))) sound = c == 'l' ? 'L' : char.ToUpperInvariant(sound);
                output.Append(sound);
            }
            return output.ToString(token);
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>Opens a skeleton with codas marked when the token opens on a vowel.</summary>
    public const char VowelStart = '_';

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
