namespace Embargo.Matching.Scoring;

/// <summary>The rule by which two tokens were paired; shown in explanations.</summary>
internal enum MatchHow
{
    None,
    Exact,
    Phonetic,
    Fuzzy,
    Initial,
    /// <summary>One token equals two adjacent tokens of the other name run together (ALQAIDA vs AL QAIDA).</summary>
    Compound,
    /// <summary>Consonant skeletons agree across scripts (מל רוזנברג ~ Mel Rosenberg).</summary>
    Skeleton,
    /// <summary>Across scripts, a romanisation and a Latin spelling differ only as the script's spellings do (Шевчик ~ Szewczyk).</summary>
    Spelling,
    /// <summary>Two spellings of one class of legal form (AG and Aktiengesellschaft).</summary>
    LegalForm,
    /// <summary>The same number in digits or words (1st and First).</summary>
    Number,
    /// <summary>One name with a nominative -s, the other without (Latvian Lavrovs and Lavrov).</summary>
    Inflection,
    /// <summary>A word of a company's name and its abbreviation (Intl and International).</summary>
    Abbreviation,
    /// <summary>A given name and its short form (Bill and William, Sasha and Alexander).</summary>
    GivenNameVariant,
    /// <summary>The same letters in another order, in a token too long for that to be chance (nituP and Putin).</summary>
    Anagram,
    /// <summary>A company's legal form misspelt by one letter against the form itself (AkG and AG).</summary>
    MisspeltLegalForm,
    /// <summary>The same letters but one vowel, in a token of five letters or more (Laden and Ladin).</summary>
    VowelVariant,
}
