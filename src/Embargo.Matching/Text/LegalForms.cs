namespace Embargo.Matching.Text;

/// <summary>
/// Legal forms of organisations in many languages, as folded tokens, single (llc, ooo, gmbh) or phrases
/// (limited liability company, s a de c v, sp z o o), each with the canonical form of its equivalence class:
/// OOO = LLC = Limited Liability Company = TOV = GmbH all read <c>llc</c>; AO = JSC = OAO = PJSC = AG = SA read
/// <c>jsc</c>. Legal forms carry little evidence: a party named without one must still meet its listing.
/// </summary>
public static class LegalForms
{
    /// <summary>Canonical forms: the equivalence classes.</summary>
    public const string LimitedLiability = "llc";
    public const string JointStock = "jsc";
    public const string Corporation = "corp";
    public const string Company = "co";
    public const string Partnership = "lp";
    public const string Cooperative = "coop";
    public const string NonProfit = "npo";

    // Folded spellings per class. Dotted initials are joined by the folder (S.A. → sa, d.o.o. → doo), spaced ones
    // are not (S A), so both spellings are listed where lists use both. Russian full forms are listed as ICU's BGN
    // writes them (aktsionernoye) and as lists often do (aktsionernoe).
    private static readonly (string Canonical, string[] Forms)[] Classes =
    [
        (LimitedLiability,
        [
            "llc", "l l c", "limited liability company", "limited liability co", "ltd liability co", "ltd liability company",
            "ltd", "limited", "co ltd", "company limited", "limited company", "ltd co", "private limited", "private limited company",
            "pvt", "pvt ltd", "private ltd", "pte", "pte ltd", "pty", "pty ltd", "sdn bhd", "sdn", "ltda", "plt",
            "ooo", "o o o", "obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostyu",
            "tov", "t o v", "tovarystvo z obmezhenoyu vidpovidalnistyu", "too", "mchj", "tshk",
            "gmbh", "mbh", "sarl", "s a r l", "eurl", "srl", "s r l", "sro", "s r o", "spol s r o", "sp z oo", "sp z o o",
            "doo", "d o o", "dooel", "kft", "bv", "b v", "aps", "ehf", "oue", "uab", "sia", "ltd sti", "limited sirketi",
            "fze", "fzco", "fzc", "fz llc", "fzllc", "dmcc", "youxian gongsi", "youxiangongsi", "yugen kaisha",
            "gesellschaft mit beschrankter haftung", "societe a responsabilite limitee", "sociedad de responsabilidad limitada",
            "sociedad limitada", "societa a responsabilita limitata", "societatea cu raspundere limitata",
            "spolka z ograniczona odpowiedzialnoscia", "drustvo s ogranicenom odgovornoscu",
        ]),
        (JointStock,
        [
            "jsc", "j s c", "joint stock company", "joint stock co", "ojsc", "cjsc", "pjsc", "public joint stock company",
            "open joint stock company", "closed joint stock company", "jointstock company",
            "ao", "a o", "zao", "oao", "pao", "aktsionernoe obshchestvo", "aktsionernoye obshchestvo",
            "publichnoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo", "otkrytoe aktsionernoe obshchestvo",
            "publichnoye aktsionernoye obshchestvo", "zakrytoye aktsionernoye obshchestvo", "otkrytoye aktsionernoye obshchestvo",
            "pat", "prat", "vat", "zat", "at", "aktsionerne tovarystvo", "publichne aktsionerne tovarystvo",
            "pryvatne aktsionerne tovarystvo",
            "aktiengesellschaft", "societe anonyme", "sociedad anonima", "sociedade anonima", "societa per azioni",
            "societate pe actiuni", "gufenyouxiangongsi",
            "ag", "a g", "sa", "s a", "sa de cv", "s a de c v", "sab de cv", "s a b de c v", "sapi de cv", "saa", "sac", "saic",
            "spa", "s p a", "nv", "n v", "ab", "publ", "asa", "oy", "oyj", "as", "a s", "anonim sirketi", "anonim sti",
            "zrt", "nyrt", "rt", "ad", "a d", "dd", "d d", "ead", "sas", "s a s", "plc", "p l c", "public limited company",
            "kk", "kabushiki kaisha", "gufen youxian gongsi", "pt", "tbk", "bhd", "berhad", "se", "jsco",
        ]),
        (Corporation, ["inc", "incorporated", "corp", "corporation"]),
        (Company, ["co", "company", "cie", "cia", "compania", "compagnie", "kompaniya"]),
        (Partnership,
        [
            "lp", "l p", "llp", "l l p", "limited partnership", "limited liability partnership", "kg", "gmbh co kg",
            "gmbh and co kg", "ohg", "snc", "scs", "sca", "kd", "ky", "lllp",
        ]),
        (Cooperative, ["coop", "co op", "cooperative", "cooperativa", "eg", "kooperativ"]),
        (NonProfit,
        [
            "ano", "a n o", "nko", "avtonomnaya nekommercheskaya organizatsiya", "ev", "eingetragener verein", "asbl", "a s b l", "vzw",
        ]),
    ];

    // First token → phrases starting with it, longest first, so "s a de c v" wins over "s a".
    private static readonly Dictionary<string, (string[] Tokens, string Canonical)[]> ByFirstToken = Build();

    /// <summary>
    /// The legal form starting at <paramref name="start"/>, the longest one that fits: its canonical form and how
    /// many tokens it spans; null and 0 when none starts there.
    /// </summary>
    public static string? Match(ReadOnlySpan<string> tokens, int start, out int length)
    {
        length = 0;
        if ((uint)start >= (uint)tokens.Length || !ByFirstToken.TryGetValue(tokens[start], out var phrases)) return null;
        foreach (var (phrase, canonical) in phrases)
        {
            if (start + phrase.Length > tokens.Length) continue;
            var matches = true;
            for (var i = 1; i < phrase.Length && matches; i++) matches = string.Equals(tokens[start + i], phrase[i], StringComparison.Ordinal);
            if (!matches) continue;
            length = phrase.Length;
            return canonical;
        }
        return null;
    }

    /// <summary>The canonical form of a folded legal form ("limited liability company" → llc), or null when it is not one.</summary>
    public static string? Canonical(string folded)
    {
        var tokens = NameText.Tokenize(folded);
        return Match(tokens, 0, out var length) is { } canonical && length == tokens.Length ? canonical : null;
    }

    /// <summary>
    /// Whether a class names one kind of legal person (limited liability, joint stock, partnership, cooperative,
    /// non-profit), so that two different ones mean two different companies: AG is not GmbH. Corporation and
    /// company are loose words that any of them may carry, and contradict nothing.
    /// </summary>
    public static bool IsSpecific(string canonical) => canonical is not (Corporation or Company);

    /// <summary>Whether a single folded token is a legal form on its own (ltd, ooo, gmbh).</summary>
    public static bool IsLegalForm(string token) => Match([token], 0, out _) is not null;

    private static Dictionary<string, (string[] Tokens, string Canonical)[]> Build()
    {
        var lists = new Dictionary<string, List<(string[] Tokens, string Canonical)>>(StringComparer.Ordinal);
        foreach (var (canonical, forms) in Classes)
        {
            foreach (var form in forms)
            {
                var tokens = form.Split(' ');
                if (!lists.TryGetValue(tokens[0], out var list)) lists[tokens[0]] = list = [];
                list.Add((tokens, canonical));
            }
        }
        var byFirst = new Dictionary<string, (string[] Tokens, string Canonical)[]>(StringComparer.Ordinal);
        foreach (var (first, list) in lists)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
            byFirst[first] = [.. list];
        }
        return byFirst;
    }
}
