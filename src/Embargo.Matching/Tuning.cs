using Embargo.Matching.Text;

namespace Embargo.Matching;

/// <summary>Every tuned number of the matcher, in one place, each with the example that motivated it.</summary>
public static class Tuning
{
    /// <summary>Default match threshold; chosen on the dev name pairs (see docs/benchmarks.md).</summary>
    public const double DefaultThreshold = 0.80;

    /// <summary>Candidates scoring below this are not shown at all.</summary>
    public const double DefaultCutoff = 0.60;

    // --- Token similarity -------------------------------------------------------------------------------

    /// <summary>"Shugaev" vs "Shugayev" after romanisation keys agree: nearly as good as the same spelling.</summary>
    public const double PhoneticSimilarity = 0.95;

    /// <summary>"D." vs "Dmitry": an initial agrees with a given name, but it is weak evidence.</summary>
    public const double InitialSimilarity = 0.75;

    /// <summary>
    /// A name transliterated from another script whose consonants agree with a Latin spelling: מל רוזנברג (ml
    /// ruznbrg) vs Mel Rosenberg. Good evidence across scripts, never used between two Latin names.
    /// </summary>
    public const double SkeletonSimilarity = 0.9;

    /// <summary>
    /// A romanised native token and a Latin one that <see cref="Scoring.SpellingAlignment"/> finds close: the
    /// script's usual spelling differences apart, nearly the same letters (Шевчик shevchik, Szewczyk; 윤 yun, Yoon).
    /// Capped like an agreeing skeleton; below the minimum the tokens are different names.
    /// </summary>
    public const double SpellingSimilarity = 0.9;
    public const double MinSpellingSimilarity = 0.8;

    /// <summary>
    /// A Korean syllable (or run of syllables) and a Latin token that is a Mandarin reading of the characters the
    /// syllable reads (<see cref="Text.SinoKoreanReadings"/>: 유 yu, Liu). As good as a close spelling.
    /// </summary>
    public const double ReadingSimilarity = 0.9;

    /// <summary>
    /// The spelling cost allowed between tokens of three letters or fewer: 보 po meets Bo (0.1) and 이 i meets Lee (an
    /// initial l dropped, 0.2, ee for i, 0.1), but not Ra (0.5).
    /// </summary>
    public const double MaxShortSpellingCost = 0.35;

    /// <summary>Skeletons one consonant apart (a sound the script writes differently).</summary>
    public const double NearSkeletonSimilarity = 0.8;

    /// <summary>
    /// Skeletons of one consonant, the same, in tokens opening alike: אבי (abi) vs Avi. Under the threshold alone,
    /// enough beside a surname that agrees (Hebrew full names lost their short given names without it).
    /// </summary>
    public const double ShortSkeletonSimilarity = 0.75;

    /// <summary>
    /// Across scripts, what an unwritten coda costs in the skeletons' edit distance (an onset costs 1): an r or l
    /// that closes a syllable (Turner, 터너 to no; Chester, 切斯特 qie si te), a nasal (Golden, 高登 gao deng), any
    /// other consonant. Each unit of cost takes <see cref="SoundEditPenalty"/> off <see cref="SkeletonSimilarity"/>.
    /// </summary>
    public const double LiquidCodaCost = 0.25;
    public const double NasalCodaCost = 0.5;
    public const double CodaCost = 0.75;
    public const double SoundEditPenalty = 0.1;

    /// <summary>
    /// "Bill" vs "William", "Sasha" vs "Aleksandr": a known short form of a given name, good evidence but weaker than a
    /// spelling variant: "Joe Wilson" must not meet a listed "JOSEPH, Wilson" whose surname is Joseph (US Congress
    /// benchmark: 0.9 let that through at 0.805, 0.85 does not; dev pairs unchanged).
    /// </summary>
    public const double GivenNameVariantSimilarity = 0.85;

    /// <summary>"Lavrovs" vs "Lavrov": the same name with a Baltic nominative -s; as good as a small typo.</summary>
    public const double InflectionSimilarity = 0.9;

    /// <summary>"Intl" vs "International", "Mfg" vs "Manufacturing" in a company's name: a contraction of the word.</summary>
    public const double AbbreviationSimilarity = 0.85;

    /// <summary>
    /// "Laden" vs "Ladin", "Trudoau" vs "Trudeau": the same letters but one vowel, the part romanisations disagree on most
    /// (Arabic writes no short vowels). As good as a Baltic -s; only in tokens of five letters or more (Dina and Dana,
    /// Amin and Aman are other names). Osama bin Laden met Usāma bin … ibn Lādin (dev pairs +1 TP, no new FP).
    /// </summary>
    public const double VowelVariantSimilarity = 0.9;
    public const int MinVowelVariantLength = 5;

    /// <summary>
    /// "Vladimir nitPu" vs "Vladimir Putin": a token's letters reversed or scrambled, as written to slip past a filter.
    /// Well under a typo: enough beside other tokens that agree, never a match alone (nituP alone is no Putin).
    /// </summary>
    public const double AnagramSimilarity = 0.65;

    /// <summary>Scrambled letters are only telling in tokens at least this long (Amir and Mira, Leon and Noel are two names).</summary>
    public const int MinAnagramLength = 5;

    /// <summary>
    /// "Siemens AkG" vs "Siemens AG": a word one letter off a legal form, where both names end (or open) with it, is
    /// the form misspelt. As likely as a typo in a word; the form itself still weighs little.
    /// </summary>
    public const double MisspeltLegalFormSimilarity = 0.75;

    /// <summary>Below this, two tokens are different words ("Lavrov" vs "Lebrun"), not a typo.</summary>
    public const double MinFuzzySimilarity = 0.75;

    /// <summary>Typos are only credible in tokens at least this long ("Ali" vs "Alu" are different names).</summary>
    public const int MinFuzzyLength = 4;

    // --- Name score -------------------------------------------------------------------------------------

    /// <summary>
    /// How much a listed token the query lacks counts against it. "Vladimir Putin" vs "PUTIN, Vladimir
    /// Vladimirovich": a missing patronymic or middle name is common and costs half a token.
    /// </summary>
    public const double UnmatchedListedWeight = 0.5;

    /// <summary>
    /// Companies rarely drop words of their name, on either side: "Banco Santander Chile" is not "Banco Santander",
    /// and "Acme Trust Company" is another company than "Acme".
    /// </summary>
    public const double UnmatchedWeightOrganisation = 0.9;

    /// <summary>
    /// How much a query token the listing lacks counts against it: "JANAN MOHAMMAD AHMED AGHA" vs "JANAN AGHA".
    /// Customer records carry more given names than listings: such a token costs half, like a listed one the
    /// query lacks (dev pairs F1 0.854 at precision 0.915; 0.4 on the listed side changed nothing).
    /// </summary>
    public const double UnmatchedQueryWeight = 0.5;

    /// <summary>
    /// A patronymic or a forefather's name only one side gives (Viktorovich in "Sergey Viktorovich Lavrov"; Awad in
    /// "Usama bin Muhammad ibn Awad ibn Ladin"): records leave them out more than anything else, so they cost half
    /// what another missing token does.
    /// </summary>
    public const double UnmatchedAncestryWeight = 0.25;

    /// <summary>
    /// Words left unpaired on both sides contradict each other: "HASAN AL-DULAIMI" vs "HASAN AL-TIKRITI" name
    /// two families. They count one and a half times, far more than a token one side merely lacks (precision on
    /// the dev pairs rose from 0.909 to 0.929 going from 1.2 to 1.5; higher changed nothing).
    /// </summary>
    public const double ConflictingTokenWeight = 1.5;

    /// <summary>"PLA" vs "People's Liberation Army": initials agree, a good but not certain sign.</summary>
    public const double AcronymSimilarity = 0.9;

    /// <summary>
    /// Paired tokens in an order that is neither the listed one rotated nor reversed: "Salman bin Muhammad" is
    /// another person than "Muhammad bin Salman". Persons only: companies' words move freely ("First Bank Intl" is
    /// "First International Bank").
    /// </summary>
    public const double NameOrderPenalty = -0.20;

    /// <summary>
    /// A given name and a father's name exchanged around a lineage particle: "Salman bin Muhammad" is the son of
    /// "Muhammad bin Salman" or his father, never the same man. Stronger than a merely broken order, and fires
    /// even where the order check cannot (three tokens reversed look like a surname moved to the front).
    /// </summary>
    public const double LineageSwapPenalty = -0.30;

    /// <summary>
    /// The matched query words must weigh at least this share of one never-seen token, or the score shrinks in
    /// proportion: "Mohammed" alone is too common to be evidence, a rare surname alone ("Hysa") is enough.
    /// </summary>
    public const double MinEvidenceShare = 0.55;

    /// <summary>Legal forms say little: "ACME HOLDINGS LTD" vs "ACME HOLDINGS" must still meet, "X CORP" vs "Y CORP" must not.</summary>
    public const float LegalFormWeight = 0.15f;

    /// <summary>
    /// Both names carry a legal form and the two are of different kinds: "Deutsche Bank AG" and "Deutsche Bank
    /// GmbH" are two companies of one group, "Acme SAS" and "Acme SARL" two registrations.
    /// </summary>
    public const double LegalFormMismatchPenalty = -0.15;

    /// <summary>
    /// An organisation's name has a number the other name lacks or gives otherwise: "Bowne Global Solutions II" and
    /// "Bowne Global Solutions", "Fund VIII" and "Fund IX" are sister entities, not one.
    /// </summary>
    public const double NumberMismatchPenalty = -0.15;

    /// <summary>Particles (al, bin, van, of) carry a little evidence.</summary>
    public const float ParticleWeight = 0.3f;

    /// <summary>Titles (dr, general, sheikh) carry almost none.</summary>
    public const float TitleWeight = 0.1f;

    /// <summary>
    /// A number in a vessel's name (SNOW STORM 1, ZU ZAG BONG 5) carries as little as a title: one owner's sister ships
    /// share the name and differ in it, a resold ship is renumbered, and the IMO number, not the name's, tells ships
    /// apart. A name that differs in its number alone is a match to review against the IMO number.
    /// </summary>
    public const float VesselNumberWeight = TitleWeight;

    /// <summary>
    /// A person's territorial designation or epithet (of Silla, the Great) is a place or a quality, not a name: half
    /// a word's weight, paired or not.
    /// </summary>
    public const float DesignationWeight = 0.5f;

    public static float RoleWeight(TokenRole role) => role switch
    {
        TokenRole.LegalForm => LegalFormWeight,
        TokenRole.Designation => DesignationWeight,
        TokenRole.Particle => ParticleWeight,
        TokenRole.Title or TokenRole.VesselPrefix => TitleWeight,
        _ => 1f,
    };

    // --- Candidate retrieval ----------------------------------------------------------------------------

    /// <summary>Keys in more than this share of all names (al, company, mohammed) are not used to find candidates.</summary>
    public const double CommonKeyShare = 0.02;

    /// <summary>At most this many names are scored per query after retrieval.</summary>
    public const int MaxCandidateNames = 200;

    /// <summary>
    /// The same for a name in Chinese characters, kana or Hangul: its romanised syllables (kim, jong, sun) are each in
    /// hundreds of listed names, every query of three syllables or more fills the 200, and each candidate is aligned
    /// syllable run by syllable run (the score bound does not reach those scripts).
    /// </summary>
    public const int MaxCandidateNamesOpenSyllables = 100;

    /// <summary>A retrieved name must share at least this share of the query's word weight to be scored.</summary>
    public const double MinRetrievalShare = 0.3;

    // --- Secondary evidence (added to the name score) ----------------------------------------------------

    /// <summary>An identifier (passport, IMO, tax id) that matches exactly lifts the score at least to this.</summary>
    public const double IdMatchScore = 0.98;
    public const double DobMatchBonus = 0.05;
    public const double DobYearMismatchPenalty = -0.15;
    public const double DobDayMismatchPenalty = -0.10;
    public const double CountryMatchBonus = 0.02;
    public const double CountryMismatchPenalty = -0.08;
    public const double KindMismatchPenalty = -0.20;
    public const double GenderMismatchPenalty = -0.10;

    /// <summary>OFAC's weak a.k.a.s and the UN's low-quality aliases identify less well.</summary>
    public const double WeakAliasPenalty = -0.05;
}
