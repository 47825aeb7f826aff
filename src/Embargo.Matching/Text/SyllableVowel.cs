namespace Embargo.Matching.Text;

/// <summary>
/// The first vowel of a folded token in five loose classes, for Korean and Chinese syllables: the consonant
/// skeleton of a syllable (종 jong, Kwang: both knk) says too little, its vowel tells them apart. Classes merge
/// what the romanisations confuse: o, u, eo and eu (정 Jeong, Jung, Chong); e, ae and oe (최 Choe, Choi); i and ee
/// (이 I, Lee; 희 Hui, Hee), ae and the English ay (재 Jae, Jay); a glide
/// y or w before the vowel is skipped (Myong, Kwang).
/// </summary>
internal static class SyllableVowel
{
    /// <summary>'a', 'e', 'i' or 'u' for the first vowel, '\0' when the token has none.</summary>
    public static char Of(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == 'y' && i + 1 < token.Length && IsVowel(token[i + 1])) continue; // glide: ya, yo
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            switch (c)
            {
                // English writes the sound of 재 and 제 ay (Jay, Kay): a y after a, not before a vowel, is no glide.
                case 'a': return next == 'e' || (next == 'y' && !(i + 2 < token.Length && IsVowel(token[i + 2]))) ? 'e' : 'a';
                case 'e': return next is 'o' or 'u' ? 'u' : next == 'e' ? 'i' : 'e'; // ee: Lee, Hee
                case 'i': return 'i';
                case 'o': return next is 'e' or 'i' ? 'e' : 'u';
                case 'u': return next == 'i' ? 'i' : 'u';
                case 'y': return 'i'; // a vowel y: Kyrgyz, Lyn
            }
        }
        return '\0';
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
