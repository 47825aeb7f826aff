using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// Whether a word of one company's name is the other name's legal form misspelt by one letter (AkG for AG, Lmited for
/// Limited). Legal forms stand at a name's end or, in Russian and Ukrainian names, at its start: only there.
/// Allocation-free.
/// </summary>
internal static class MisspeltLegalForms
{
    // The misspelling must be a word this long at least: two-letter forms are one letter off every particle (AB, AL).
    private const int MinMisspeltLength = 3;

    public static bool Pair(PreparedName query, int i, PreparedName listed, int j)
    {
        var atEnd = i == query.Length - 1 && j == listed.Length - 1;
        if (!atEnd && !(i == 0 && j == 0)) return false;
        return IsMisspeltForm(query, i, listed, j, atEnd) || IsMisspeltForm(listed, j, query, i, atEnd);
    }

    // Token k of `misspelt` is a word one edit from the single-token legal form f of `formed`.
    private static bool IsMisspeltForm(PreparedName misspelt, int k, PreparedName formed, int f, bool atEnd)
    {
        if (misspelt.Roles[k] != TokenRole.Word || misspelt.LegalClasses[k] is not null || formed.LegalClasses[f] is null) return false;
        // A form of several tokens (s a, co ltd) is not one word misspelt.
        var neighbour = atEnd ? f - 1 : f + 1;
        if (neighbour >= 0 && neighbour < formed.Length && formed.LegalClasses[neighbour] is not null) return false;
        var word = misspelt.Tokens[k];
        var form = formed.Tokens[f];
        if (word.Length < MinMisspeltLength || form.Length < 2 || Math.Abs(word.Length - form.Length) > 1) return false;
        return Levenshtein.Distance(word, form, 1) <= 1;
    }
}
