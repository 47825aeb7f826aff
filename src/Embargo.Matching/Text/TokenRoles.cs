using System.Collections.Frozen;
using Embargo.Core.Model;

namespace Embargo.Matching.Text;

/// <summary>
/// What a folded token is, beyond its letters: a legal form (llc, ooo, gmbh), a particle (al, bin, van, de), a
/// title (dr, general, sheikh) or a vessel prefix (mv). Such tokens carry little evidence. The kind of entity
/// decides which apply: a person has no legal form and a vessel no title, so "General" in an organisation's
/// name and "AO" as a Chinese surname stay words, and vessel prefixes exist only for vessels.
/// </summary>
public static class TokenRoles
{
    // Arabic article and its assimilated forms (ad-Din, ar-Rahman, as-Sayyid, ash-Sham), patronymic and family
    // particles (ibun: ibn as Korean writes it, 이븐), and the connectors of organisation names.
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ud", "ur", "ul",
        "bin", "ibn", "ibnu", "ibun", "bint", "binti", "bte", "abu", "ben", "ould", "ag",
        "van", "von", "de", "der", "den", "het", "ter", "ten", "zu", "la", "le", "les", "di", "da", "das", "do", "dos",
        "du", "des", "del", "della", "dello", "dei", "degli", "y", "e", "af", "av", "of", "the", "and", "for",
    ]);

    // The Romance articles after de as Hangul writes them, with r for l (라 la, 로스 los, 라스 las).
    private static readonly FrozenSet<string> HangulArticles = FrozenSet.Create(StringComparer.Ordinal, ["ra", "ros", "ras"]);

    // Particles that tie a name to a parent's (Muhammad bin Salman: Muhammad, son of Salman).
    private static readonly FrozenSet<string> LineageParticles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "bin", "ibn", "ibnu", "ibun", "bint", "binti", "bte", "ben", "ould",
    ]);

    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady", "dame", "rev", "reverend",
        "sheikh", "shaykh", "shaikh", "sheik", "cheikh", "haji", "hajji", "hadji", "alhaji", "alhajji",
        "mullah", "mulla", "maulana", "mawlana", "maulvi", "mawlawi", "mufti", "ayatollah", "hojatoleslam",
        "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm", "lieutenant", "lt",
        "sergeant", "sgt", "commander", "cmdr", "brigadier", "brig", "marshal",
        // Rulers, nobles and saints, in the words no family is named by (Emperor Hanazono, Princess Charlotte, Saint Boniface).
        "emperor", "empress", "princess", "duchess", "archduke", "archduchess", "marquess", "marquise", "margrave",
        "viscount", "viscountess", "countess", "baroness", "baronet", "sultana", "tsar", "czar", "tsarina",
        "tsaritsa", "tsarevna", "pharaoh", "caliph", "consort", "infanta", "dauphin", "maharaja", "maharajah",
        "shogun", "tuanku", "saint", "apostle", "evangelist", "madame", "mme", "imperial", "honorable", "honourable",
        "tsarevich", "tsesarevich",
    ]);

    // Titles that are also family or given names (Stephen King, David Duke, Prince Harry, Emir Kusturica, Marquis
    // Daniels; Mirza, a Persian title of princes and scholars): words like any other where they pair, but cheap to
    // leave out, as a record leaves a title out (King Mu of Chu, 초 목왕).
    private static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "king", "queen", "prince", "duke", "earl", "baron", "count", "pope", "sultan", "emir", "pasha", "noble", "marquis",
        "infante", "mirza",
    ]);

    // Words before a title that make one title with it: Crown Prince, Grand Duke.
    private static readonly FrozenSet<string> TitleOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "crown", "grand",
    ]);

    // Single-token vessel prefixes; the spaced ones (M/V → m v) are phrases, see Classify.
    private static readonly FrozenSet<string> VesselPrefixes = FrozenSet.Create(StringComparer.Ordinal,
    [
        "mv", "mt", "ms", "ss", "fv", "my", "sy", "rv", "mts",
    ]);

    /// <summary>The role of a token when the kind of entity is not known: every role but vessel prefixes.</summary>
    public static TokenRole Of(string token) => Of(token, EntityKind.Unknown);

    /// <summary>
    /// The role of a token in the name of an entity of the given kind: legal forms for organisations (and
    /// unknown kinds), titles for persons (and unknown kinds), vessel prefixes for vessels, particles for all.
    /// </summary>
    public static TokenRole Of(string token, EntityKind kind)
    {
        if (kind == EntityKind.Vessel && VesselPrefixes.Contains(token)) return TokenRole.VesselPrefix;
        if (kind is EntityKind.Person or EntityKind.Unknown && Titles.Contains(token)) return TokenRole.Title;
        // In an organisation's name AG and AS are legal forms; in a person's (or an unknown one) a particle.
        if (kind == EntityKind.Organization && LegalForms.IsLegalForm(token)) return TokenRole.LegalForm;
        if (Particles.Contains(token)) return TokenRole.Particle;
        if (kind == EntityKind.Unknown && LegalForms.IsLegalForm(token)) return TokenRole.LegalForm;
        return TokenRole.Word;
    }

    /// <summary>
    /// True for a title that is also a name (King, Duke, Prince, Count, Pope): a word, but one a record may leave out
    /// as it leaves out a title (Duke Ling of Qin, 진 영공 with 공 read as duke or not at all).
    /// </summary>
    public static bool IsTitleWord(string token) => TitleWords.Contains(token);

    /// <summary>True for the particle that opens a designation (of in "of Castile", the in "the Conqueror").</summary>
    public static bool OpensDesignation(ReadOnlySpan<TokenRole> roles, int i) =>
        roles[i] == TokenRole.Particle && i + 1 < roles.Length && roles[i + 1] == TokenRole.Designation;

    /// <summary>True for a particle that ties a name to a parent's name: bin, ibn, bint, ben, ould.</summary>
    public static bool IsLineageParticle(string token) => LineageParticles.Contains(token);

    /// <summary>
    /// True for a patronymic by its ending: Slavic -ovich/-evich/-ovna/-evna (Viktorovich, Sergeyevna), and the Turkic
    /// words for son and daughter of (oglu, ogly, kyzy, qizi).
    /// </summary>
    public static bool IsPatronymic(string token)
    {
        if (token is "oglu" or "ogly" or "ogli" or "kyzy" or "kizi" or "qizi") return true;
        return token.Length >= 7 && (token.EndsWith("vich", StringComparison.Ordinal) || token.EndsWith("ovna", StringComparison.Ordinal)
            || token.EndsWith("evna", StringComparison.Ordinal) || token.EndsWith("ichna", StringComparison.Ordinal));
    }

    /// <summary>
    /// The roles of a whole name's tokens, phrases included: multi-token legal forms (limited liability company,
    /// s a de c v) and a spaced vessel prefix at the start (M/V → m v). <paramref name="roles"/> must be as long as
    /// <paramref name="tokens"/>.
    /// </summary>
    public static void Classify(ReadOnlySpan<string> tokens, EntityKind kind, Span<TokenRole> roles) =>
        Classify(tokens, kind, roles, titlesTranslated: false);

    /// <summary>
    /// The same, for a name whose titles the romaniser wrote in English (<see cref="HangulTitles"/>: 지증왕 → ji jung
    /// king) when <paramref name="titlesTranslated"/>: there King, Duke and Prince are titles, not names.
    /// </summary>
    public static void Classify(ReadOnlySpan<string> tokens, EntityKind kind, Span<TokenRole> roles, bool titlesTranslated)
    {
        if (roles.Length < tokens.Length) throw new ArgumentException("roles must be as long as tokens", nameof(roles));
        for (var i = 0; i < tokens.Length; i++)
        {
            // A lone letter pair like "m v" is only a prefix where a vessel's name starts.
            if (i == 0 && kind == EntityKind.Vessel && tokens.Length > 2 && IsSpacedVesselPrefix(tokens[0], tokens[1]))
            {
                roles[0] = roles[1] = TokenRole.VesselPrefix;
                i++;
                continue;
            }
            if (kind is EntityKind.Organization or EntityKind.Unknown && LegalForms.Match(tokens, i, out var length) is not null && length > 1)
            {
                roles.Slice(i, length).Fill(TokenRole.LegalForm);
                i += length - 1;
                continue;
            }
            roles[i] = Of(tokens[i], kind);
            if (titlesTranslated && kind is EntityKind.Person or EntityKind.Unknown && TitleWords.Contains(tokens[i])) roles[i] = TokenRole.Title;
            // Hangul has no l to start a word: the article after de is written with r (데 라 베가 de ra bega, de la Vega).
            if (titlesTranslated && i > 0 && i + 1 < tokens.Length && tokens[i - 1] is "de" or "d" && HangulArticles.Contains(tokens[i])) roles[i] = TokenRole.Particle;
            // Crown Prince, Grand Duchess: the opener is part of the title.
            if (kind is EntityKind.Person or EntityKind.Unknown && i + 1 < tokens.Length && TitleOpeners.Contains(tokens[i])
                && (Titles.Contains(tokens[i + 1]) || TitleWords.Contains(tokens[i + 1])))
                roles[i] = TokenRole.Title;
        }
        if (kind == EntityKind.Person) MarkDesignations(tokens, roles);
        // A name of titles only (Viscountess, 천황 emperor) is words: it meets only the same words, never a titled name.
        if (roles.Length > 0 && roles[..tokens.Length].IndexOfAnyExcept(TokenRole.Title) < 0) roles[..tokens.Length].Fill(TokenRole.Word);
    }

    /// <summary>
    /// A person's territorial designation and epithet describe, they do not name: "of Silla" in Jijeung of Silla,
    /// "of the Netherlands", "the Great" in Casimir III the Great, and records leave them out. What follows "of" (to
    /// the end) or "the", after a word of the name, is a <see cref="TokenRole.Designation"/>, and a title word just
    /// before "of" is a title (Vladivoj, Duke of Bohemia). Persons only: in "Bank of China" China names the bank.
    /// </summary>
    private static void MarkDesignations(ReadOnlySpan<string> tokens, Span<TokenRole> roles)
    {
        var named = false;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (roles[i] == TokenRole.Word) named = true;
            if (!named) continue;
            if (tokens[i] == "of")
            {
                // Duke of Bohemia, King of Hungary: before "of" the word is a title, not the surname Duke or King.
                if (i > 0 && TitleWords.Contains(tokens[i - 1])) roles[i - 1] = TokenRole.Title;
                for (var k = i + 1; k < tokens.Length; k++)
                {
                    if (roles[k] == TokenRole.Word) roles[k] = TokenRole.Designation;
                }
                return;
            }
            if (tokens[i] == "the" && roles[i + 1] == TokenRole.Word) roles[i + 1] = TokenRole.Designation;
        }
    }

    private static bool IsSpacedVesselPrefix(string first, string second) =>
        first.Length == 1 && second.Length == 1 && (first[0], second[0]) is ('m', 'v' or 't' or 's' or 'y') or ('f', 'v') or ('s', 's' or 'y') or ('r', 'v');
}
