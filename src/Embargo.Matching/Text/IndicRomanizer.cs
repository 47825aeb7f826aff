namespace Embargo.Matching.Text;

/// <summary>
/// Devanagari, Bengali, Gurmukhi, Gujarati and Oriya (Hindi, Marathi, Nepali, Bengali, Punjabi, Gujarati, Odia) to
/// the Latin spellings their names take. ICU's Any-Latin writes the scholarly transliteration: every consonant's
/// inherent vowel (राहुल rāhula, अमित amita) and the letters ś, ṣ, c, r̥; names are written Rahul, Amit, Sharma,
/// Chandra, Krishna. So the inherent a is dropped where these languages drop it in speech and in Latin spelling
/// (schwa deletion): at a word's end after one consonant, or after a nasal and a consonant (Anand, Sangh), not after
/// other clusters (Narendra, Mitra, Krishna) nor in a word of one syllable; inside a word between a vowel and a
/// consonant on the left and a consonant and a vowel on the right (रहमान rahamāna → Rahman, गुरमुखी → Gurmukhi),
/// from the right, so that two neighbours are never both dropped (विजयकुमार → Vijaykumar).
/// </summary>
internal static class IndicRomanizer
{
    private const int MaxUnits = 64;

    /// <summary>Romanises one word of an Indic script and appends it as a name is spelt in Latin.</summary>
    public static void Append(scoped ReadOnlySpan<char> run, ref CharBuffer output)
    {
        // A word is short; a run of thousands of letters (a text without spaces) goes to the heap, not the stack.
        Span<char> source = run.Length <= 256 ? stackalloc char[run.Length + 2] : new char[run.Length + 2];
        var length = Prepare(run, source);
        Span<char> initial = stackalloc char[CharBuffer.StackSize];
        var scholarly = new CharBuffer(initial);
        try
        {
            IcuTransforms.Append(Romanizer.Other, source[..length], ref scholarly);
            AppendNameSpelling(scholarly.Written, ref output);
        }
        finally
        {
            scholarly.Dispose();
        }
    }

    /// <summary>
    /// Rewrites ICU's scholarly romanisation of one word (or several, between other characters, which pass through)
    /// as names are spelt; see the class summary. Words of more than <see cref="MaxUnits"/> sounds keep every vowel.
    /// </summary>
    internal static void AppendNameSpelling(scoped ReadOnlySpan<char> scholarly, ref CharBuffer output)
    {
        Span<Unit> units = stackalloc Unit[MaxUnits];
        var i = 0;
        while (i < scholarly.Length)
        {
            if (!IsWordChar(scholarly[i]))
            {
                output.Append(scholarly[i++]);
                continue;
            }
            var end = i;
            while (end < scholarly.Length && IsWordChar(scholarly[end])) end++;
            var word = scholarly[i..end];
            var count = Split(word, units);
            if (count < 0) output.Append(word);
            else
            {
                DropInherentVowels(units[..count]);
                Write(word, units[..count], ref output);
            }
            i = end;
        }
    }

    // ICU drops the Gurmukhi tippi: it is the bindi's nasal (ਸਿੰਘ Singh). Devanagari सिंह ends in anusvara and ha,
    // which ICU reads "sinha"; the name is Singh everywhere it is written in Latin, read as ङ्घ.
    private static int Prepare(ReadOnlySpan<char> run, Span<char> source)
    {
        run.CopyTo(source);
        source[..run.Length].Replace('\u0A70', '\u0A02');
        var length = run.Length;
        if (length >= 3 && run[^2] == '\u0902' && run[^1] == '\u0939')
        {
            source[length - 2] = '\u0919';
            source[length - 1] = '\u094D';
            source[length] = '\u0918';
            length++;
        }
        return length;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' || (c >= '\u0300' && c <= '\u036F');

    private enum Sound : byte
    {
        Consonant,
        Nasal,
        Vowel,
        /// <summary>A short a after a consonant: the inherent vowel, the one speech drops.</summary>
        InherentA,
        /// <summary>A mark ICU writes that spelling leaves out (the candrabindu's m̐, the separating apostrophe).</summary>
        Silent,
    }

    private struct Unit
    {
        public int Start;
        public int Length;
        public Sound Sound;
        public bool Dropped;
    }

    /// <summary>The word's sounds: vowels, consonants with their aspiration (kh, bh) and diacritics; -1 when too long.</summary>
    private static int Split(ReadOnlySpan<char> word, Span<Unit> units)
    {
        var count = 0;
        var i = 0;
        while (i < word.Length)
        {
            if (count == units.Length) return -1;
            var start = i;
            var c = word[i++];
            while (i < word.Length && word[i] is >= '\u0300' and <= '\u036F') i++;
            var marks = word[(start + 1)..i];
            Sound sound;
            if (c == '\'' || marks.Contains('\u0310')) sound = Sound.Silent;
            else if (marks.Contains('\u0325')) sound = Sound.Vowel; // r̥, l̥: vocalic r and l
            else if (IsVowel(c)) sound = c == 'a' && count > 0 && units[count - 1].Sound is Sound.Consonant or Sound.Nasal ? Sound.InherentA : Sound.Vowel;
            else if (c is 'n' or 'm' or 'ṅ' or 'ñ' or 'ṇ' or 'ṁ' or 'ṃ') sound = Sound.Nasal;
            else
            {
                sound = Sound.Consonant;
                if (i < word.Length && word[i] == 'h' && IsAspirable(c)) i++;
            }
            units[count++] = new Unit { Start = start, Length = i - start, Sound = sound };
        }
        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'ā' or 'i' or 'ī' or 'u' or 'ū' or 'e' or 'ē' or 'o' or 'ō' or 'ê' or 'ô' or 'æ';

    private static bool IsAspirable(char c) => c is 'k' or 'g' or 'c' or 'j' or 'ṭ' or 'ḍ' or 't' or 'd' or 'p' or 'b' or 'ṛ';

    private static void DropInherentVowels(Span<Unit> units)
    {
        // Silent marks take no part: the rules read the sounds alone, through their positions in `at`.
        Span<int> at = stackalloc int[units.Length];
        var n = 0;
        var vowels = 0;
        for (var k = 0; k < units.Length; k++)
        {
            if (units[k].Sound == Sound.Silent) continue;
            at[n++] = k;
            if (units[k].Sound is Sound.Vowel or Sound.InherentA) vowels++;
        }
        if (vowels < 2) return;
        var sounds = at[..n];
        var last = n - 1;
        if (units[sounds[last]].Sound == Sound.InherentA && IsConsonant(units, sounds, last - 1)
            && (IsVowel(units, sounds, last - 2) || (IsNasal(units, sounds, last - 2) && IsVowel(units, sounds, last - 3))))
            units[sounds[last]].Dropped = true;
        for (var j = last - 1; j >= 2; j--)
        {
            if (units[sounds[j]].Sound == Sound.InherentA && IsConsonant(units, sounds, j - 1) && IsVowel(units, sounds, j - 2)
                && IsConsonant(units, sounds, j + 1) && IsVowel(units, sounds, j + 2))
                units[sounds[j]].Dropped = true;
        }
    }

    private static bool IsVowel(ReadOnlySpan<Unit> units, ReadOnlySpan<int> sounds, int j) =>
        j >= 0 && j < sounds.Length && units[sounds[j]] is { Sound: Sound.Vowel or Sound.InherentA, Dropped: false };

    private static bool IsConsonant(ReadOnlySpan<Unit> units, ReadOnlySpan<int> sounds, int j) =>
        j >= 0 && j < sounds.Length && units[sounds[j]].Sound is Sound.Consonant or Sound.Nasal;

    private static bool IsNasal(ReadOnlySpan<Unit> units, ReadOnlySpan<int> sounds, int j) =>
        j >= 0 && j < sounds.Length && units[sounds[j]].Sound == Sound.Nasal;

    private static void Write(scoped ReadOnlySpan<char> word, scoped ReadOnlySpan<Unit> units, ref CharBuffer output)
    {
        for (var k = 0; k < units.Length; k++)
        {
            var unit = units[k];
            if (unit.Dropped || unit.Sound == Sound.Silent) continue;
            var text = word.Slice(unit.Start, unit.Length);
            switch (text[0])
            {
                case 'ś' or 'ṣ': output.Append("sh"); break;
                case 'c': output.Append(text.Length > 1 && text[1] == 'h' ? "chh" : "ch"); break;
                // An anusvara (ICU writes it by the consonant that follows) is m before a lip consonant (Champaran),
                // and the nasal consonant itself doubled before m or n (ਮੁਹੰਮਦ Muhammad).
                case 'ṅ' or 'ñ' or 'ṇ' or 'ṁ' or 'ṃ':
                case 'n' when text.Length > 1:
                    var next = k + 1 < units.Length ? word[units[k + 1].Start] : ' ';
                    if (next is not ('m' or 'n')) output.Append(next is 'p' or 'b' ? 'm' : 'n');
                    break;
                case 'r' or 'l' when text.Contains('\u0325'):
                    output.Append(text[0]);
                    output.Append('i');
                    break;
                case 'ḥ': output.Append('h'); break;
                default:
                    output.Append(text);
                    break;
            }
        }
    }
}
