using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

// What tokens left unpaired cost: the cheaper rates of patronymics, titles, designations, regnal numbers and middle names.
internal static partial class NameAligner
{
    // Weights of a name's unpaired tokens: ordinary ones, and patronymics or forefathers' names (ancestry); and whether
    // any unpaired token is a word.
    private static (double Plain, double Ancestry, bool Words, bool Designations) Unpaired(PreparedName name, ReadOnlySpan<bool> used,
        bool organisation)
    {
        double plain = 0, ancestry = 0;
        bool words = false, designations = false;
        for (var i = 0; i < name.Length; i++)
        {
            if (used[i]) continue;
            if (!organisation && IsAncestry(name, i)) ancestry += name.Weights[i];
            else plain += name.Weights[i];
            words |= name.Roles[i] == TokenRole.Word;
            designations |= name.Roles[i] == TokenRole.Designation;
        }
        return (plain, ancestry, words, designations);
    }

    // The weight of a name's unpaired words that stand between two paired tokens (Henry in John Henry Smith against
    // 존 스미스), of its unpaired initials (P. in P. David Jones against 데이비드 존스), and, where the name is
    // named (two of its words paired), of all its unpaired words, ancestry aside: they cost the ancestry rate instead
    // of the plain one.
    private static double MiddleNames(PreparedName name, ReadOnlySpan<bool> used, bool named)
    {
        var weight = 0.0;
        for (var i = 0; i < name.Length; i++)
        {
            if (!used[i] && !IsAncestry(name, i) && IsMiddleName(name, used, i, named)) weight += name.Weights[i];
        }
        return weight;
    }

    // An unpaired word with a paired token before it and one after it, an initial of a Latin name, or any word of a
    // name two of whose words are paired.
    private static bool IsMiddleName(PreparedName name, ReadOnlySpan<bool> used, int i, bool named) =>
        name.Roles[i] == TokenRole.Word
        && (named || (used[..i].Contains(true) && used[(i + 1)..name.Length].Contains(true)) || (!name.IsNonLatin && name.Tokens[i].Length == 1));

    // A number word (II, 2, second) left unpaired.
    private static bool HasUnpairedNumber(PreparedName name, ReadOnlySpan<bool> used)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (!used[i] && name.Roles[i] == TokenRole.Word && name.Numbers[i] >= 0) return true;
        }
        return false;
    }

    private static int PairedWords(PreparedName name, ReadOnlySpan<bool> used)
    {
        var count = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (used[i] && name.Roles[i] == TokenRole.Word) count++;
        }
        return count;
    }

    // A regnal number one name leaves unpaired and an epithet or a designation the other does (알폰소 10세, Alfonso the
    // Wise) tell the same namesakes apart: only the costlier of the two is charged.
    // Which of them goes free: the first name's numbers, or the second name's designations.
    private static (bool NumbersFree, bool DesignationsFree) Alternatives(PreparedName numbered, ReadOnlySpan<bool> numberedUsed,
        PreparedName designated, ReadOnlySpan<bool> designatedUsed)
    {
        double numbers = 0, designations = 0;
        for (var i = 0; i < numbered.Length; i++)
        {
            if (!numberedUsed[i] && IsNumberWord(numbered, i)) numbers += numbered.Weights[i];
        }
        for (var j = 0; j < designated.Length; j++)
        {
            if (!designatedUsed[j] && IsDesignationPart(designated, j)) designations += designated.Weights[j];
        }
        if (numbers <= 0 || designations <= 0) return (false, false);
        return numbers <= designations ? (true, false) : (false, true);
    }

    // The weight of a name's unpaired tokens that go free (see Alternatives).
    private static double FreeWeight(PreparedName name, ReadOnlySpan<bool> used, bool numbersFree, bool designationsFree)
    {
        if (!numbersFree && !designationsFree) return 0;
        var weight = 0.0;
        for (var i = 0; i < name.Length; i++)
        {
            if (!used[i] && IsFree(name, i, numbersFree, designationsFree)) weight += name.Weights[i];
        }
        return weight;
    }

    private static bool IsFree(PreparedName name, int i, bool numbersFree, bool designationsFree) =>
        (numbersFree && IsNumberWord(name, i)) || (designationsFree && IsDesignationPart(name, i));

    private static bool IsNumberWord(PreparedName name, int i) => name.Roles[i] == TokenRole.Word && IsRegnalNumber(name, i);

    // A designation, or the particle that opens it (of in of Castile, the in the Conqueror).
    private static bool IsDesignationPart(PreparedName name, int i) =>
        name.Roles[i] == TokenRole.Designation || TokenRoles.OpensDesignation(name.Roles, i);

    // A token records leave out more than others, which costs the cheaper rate unpaired: a patronymic (Viktorovich,
    // Aliyevna, Mammad oglu), the name after a lineage particle (ibn Awad), a title that is also a name (King, Duke),
    // a regnal number (Philip II, 필리프 2세) — words still, so that left on both sides they conflict (Louis XIV, Louis
    // XV) — and a person's designation or epithet (of Silla, the Great), which conflicts only with another.
    // The particle that opens a designation (of, the) goes with it.
    internal static bool IsAncestry(PreparedName name, int i) =>
        IsDesignationPart(name, i) || OpensAncestry(name, i)
        || (name.Roles[i] == TokenRole.Word && (TokenRoles.IsPatronymic(name.Tokens[i]) || (i > 0 && TokenRoles.IsLineageParticle(name.Tokens[i - 1]))
            || TokenRoles.IsTitleWord(name.Tokens[i]) || IsRegnalNumber(name, i) || IsKingAfterName(name, i)));

    // A lineage particle before a word (ibn in ibn Awad) goes with the forefather's name it introduces.
    private static bool OpensAncestry(PreparedName name, int i) =>
        name.Roles[i] == TokenRole.Particle && i + 1 < name.Length && name.Roles[i + 1] == TokenRole.Word && TokenRoles.IsLineageParticle(name.Tokens[i]);

    // 왕 written as a word of its own after a foreign name in Hangul: the title King (쇼타이 왕, King Shō Tai) or the surname
    // Wang (앤서니 왕, Anthony Wang). It pairs as the name it may be, and left unpaired it costs what a title does.
    private static bool IsKingAfterName(PreparedName name, int i) =>
        name.Profile == SpellingProfile.HangulLoanword && i > 0 && i == name.Length - 1 && name.Tokens[i] == "wang";

    // A number in a name: II, 2nd, 2세 (2se). Roman numerals only in Latin names: a romanised 이 (i) is the surname Lee.
    private static bool IsRegnalNumber(PreparedName name, int i) =>
        name.Numbers[i] >= 0 && (!name.IsNonLatin || name.Tokens[i].AsSpan().IndexOfAnyInRange('0', '9') >= 0);

    // How an unpaired token is explained: at the cheap rate, a title, a regnal number or a designation (of Silla) is
    // unmatched_title, a patronymic or a forefather unmatched_ancestry.
    private static string UnmatchedHow(PreparedName name, int i, bool cheap) =>
        !cheap ? "unmatched"
        : OpensAncestry(name, i) ? "unmatched_ancestry"
        : name.Roles[i] is TokenRole.Designation or TokenRole.Particle || TokenRoles.IsTitleWord(name.Tokens[i]) || IsRegnalNumber(name, i)
            || IsKingAfterName(name, i)
            ? "unmatched_title" : "unmatched_ancestry";
}
