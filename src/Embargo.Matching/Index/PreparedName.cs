using Embargo.Core.Model;
using Embargo.Matching.Text;

namespace Embargo.Matching.Index;

/// <summary>
/// A name ready for scoring: its folded tokens, their romanisation keys, roles and weights. Listed names are
/// prepared once when the index is built; a query name once per query.
/// </summary>
internal sealed class PreparedName
{
    /// <summary>Names longer than this are cut: no real name has more tokens, and alignment is quadratic.</summary>
    public const int MaxTokens = 24;

    private PreparedName(string original, string[] tokens, string[] keys, TokenRole[] roles, string[] skeletons, SpellingProfile profile, string?[] legalClasses,
        bool isVessel)
    {
        IsVessel = isVessel;
        var nonLatin = profile != SpellingProfile.Latin;
        Profile = profile;
        WritesOpenSyllables = nonLatin && Transliteration.HasOpenSyllableScript(original);
        GivenNameFamilies = new int[tokens.Length][];
        for (var i = 0; i < tokens.Length; i++)
        {
            // A particle is a given name only where a name starts (Ben Gurion), never inside (Musa ben Ali).
            GivenNameFamilies[i] = roles[i] == TokenRole.Word || (i == 0 && roles[i] == TokenRole.Particle) ? GivenNameVariants.FamiliesOfKey(keys[i]) : [];
        }
        Original = original;
        LegalClasses = legalClasses;
        Numbers = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) Numbers[i] = NumberWords.ValueOf(tokens[i]);
        Skeletons = skeletons;
        CodaSkeletons = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) CodaSkeletons[i] = ConsonantSkeleton.WithCodas(tokens[i]);
        SyllableVowels = new char[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) SyllableVowels[i] = SyllableVowel.Of(tokens[i]);
        IsNonLatin = nonLatin;
        Tokens = tokens;
        Keys = keys;
        Roles = roles;
        Weights = new float[tokens.Length];
    }

    // A copy sharing every prepared part but the weights, which it gets afresh.
    private PreparedName(PreparedName other)
    {
        Original = other.Original;
        Tokens = other.Tokens;
        Keys = other.Keys;
        Skeletons = other.Skeletons;
        CodaSkeletons = other.CodaSkeletons;
        SyllableVowels = other.SyllableVowels;
        LegalClasses = other.LegalClasses;
        GivenNameFamilies = other.GivenNameFamilies;
        Numbers = other.Numbers;
        IsVessel = other.IsVessel;
        Profile = other.Profile;
        IsNonLatin = other.IsNonLatin;
        WritesOpenSyllables = other.WritesOpenSyllables;
        Roles = other.Roles;
        Weights = new float[other.Tokens.Length];
    }

    public string Original { get; }
    public string[] Tokens { get; }
    public string[] Keys { get; }

    /// <summary>
    /// Consonant skeletons of the tokens: the loose evidence on which a transliterated name meets its Latin
    /// spelling (מל רוזנברג ~ Mel Rosenberg). Used only across scripts.
    /// </summary>
    public string[] Skeletons { get; }

    /// <summary>
    /// For legal-form tokens, the class they belong to (AG and Aktiengesellschaft are both "jsc"; every token of
    /// "limited liability company" is "llc"); null for other tokens.
    /// </summary>
    public string?[] LegalClasses { get; }

    /// <summary>The given-name families of each token (Bill and William share one), usually empty.</summary>
    public int[][] GivenNameFamilies { get; }

    /// <summary>The number each token stands for ("44", "forty", "first"), or -1.</summary>
    public int[] Numbers { get; }

    /// <summary>The script family the name was written in, for the spellings its romanisation may differ by; Latin for a Latin name.</summary>
    public SpellingProfile Profile { get; }

    /// <summary>True when the name was written in another script than Latin and transliterated.</summary>
    public bool IsNonLatin { get; }

    /// <summary>A vessel's name: its numbers weigh little (<see cref="Tuning.VesselNumberWeight"/>).</summary>
    public bool IsVessel { get; }

    // How a Latin name's words read beside a Korean one (TokenSimilarity.IsPinyinName, IsWadeGilesName), found at first
    // use: a listed name is asked for every Korean query it is a candidate of. 0 not yet known, 1 no, 2 yes; threads that
    // race write the same value.
    private byte _pinyin, _wadeGiles;

    /// <summary>Whether every word of this Latin name is pinyin (<see cref="Scoring.TokenSimilarity.IsPinyinName"/>).</summary>
    public bool IsPinyinName => _pinyin != 0 ? _pinyin == 2 : Remember(ref _pinyin, Scoring.TokenSimilarity.IsPinyinName(this));

    /// <summary>Whether every word of this Latin name is Wade-Giles (<see cref="Scoring.TokenSimilarity.IsWadeGilesName"/>).</summary>
    public bool IsWadeGilesName => _wadeGiles != 0 ? _wadeGiles == 2 : Remember(ref _wadeGiles, Scoring.TokenSimilarity.IsWadeGilesName(this));

    private static bool Remember(ref byte known, bool value)
    {
        known = value ? (byte)2 : (byte)1;
        return value;
    }

    /// <summary>
    /// True when the name was written in Chinese characters, kana or Hangul, whose romanisations leave out or add
    /// the codas a Latin spelling has (Turner, 터너 to no): across scripts, codas are then cheap to drop.
    /// </summary>
    public bool WritesOpenSyllables { get; }
    public TokenRole[] Roles { get; }
    /// <summary>Evidence weight of each token: rarity across the lists times the role's multiplier.</summary>
    public float[] Weights { get; }

    /// <summary>Sum of the weights of word tokens (not legal forms, particles or titles).</summary>
    public float WordWeight { get; private set; }

    /// <summary>The weight of the rarest possible token under the statistics used: the yardstick of evidence.</summary>
    public float MaxTokenWeight { get; private set; } = 1f;

    public int Length => Tokens.Length;

    public static PreparedName Create(string name, EntityKind kind)
    {
        var tokens = NameText.Tokenize(NameText.Fold(name));
        if (tokens.Length > MaxTokens) tokens = tokens[..MaxTokens];
        var keys = new string[tokens.Length];
        var roles = new TokenRole[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) keys[i] = NameText.Key(tokens[i]);
        var profile = SpellingProfiles.Of(Core.Text.ScriptDetector.DetectNonLatin(name), name);
        TokenRoles.Classify(tokens, kind, roles, titlesTranslated: profile is SpellingProfile.Hangul or SpellingProfile.HangulLoanword);
        var skeletons = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) skeletons[i] = NameText.Skeleton(tokens[i]);
        var legalClasses = new string?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (roles[i] != TokenRole.LegalForm || LegalForms.Match(tokens, i, out var length) is not { } legalClass) continue;
            for (var k = i; k < i + length && k < tokens.Length; k++) legalClasses[k] = legalClass;
            i += length - 1;
        }
        return new PreparedName(name, tokens, keys, roles, skeletons, profile, legalClasses, kind == EntityKind.Vessel);
    }

    /// <summary>
    /// The skeletons with codas marked (<see cref="ConsonantSkeleton.WithCodas"/>), for comparisons with a name
    /// written in Chinese, kana or Hangul.
    /// </summary>
    public string[] CodaSkeletons { get; }

    /// <summary>Each token's first vowel class (<see cref="SyllableVowel"/>), read for every pair of syllables compared.</summary>
    public char[] SyllableVowels { get; }

    public string SkeletonOf(int token) => Skeletons[token];

    public string SkeletonOf(int token, bool codas) => codas ? CodaSkeletons[token] : Skeletons[token];

    /// <summary>
    /// This name weighed by <paramref name="statistics"/>, as a copy: the prepared parts (folding, transliteration, keys,
    /// skeletons) are shared, so a name prepared once is screened on many indexes, from many threads, for the cost of its weights.
    /// </summary>
    public PreparedName WeighedCopy(TokenStatistics statistics)
    {
        var copy = new PreparedName(this);
        copy.Weigh(statistics);
        return copy;
    }

    /// <summary>Sets the weights from the index's token statistics.</summary>
    public void Weigh(TokenStatistics statistics)
    {
        var words = 0f;
        for (var i = 0; i < Tokens.Length; i++)
        {
            // The of or the that opens a designation (of Israel, the Great) tells nothing itself: it weighs a title's share.
            var role = TokenRoles.OpensDesignation(Roles, i) ? TokenRole.Title : Roles[i];
            Weights[i] = statistics.Weight(Keys[i]) * Tuning.RoleWeight(role);
            if (IsVessel && role == TokenRole.Word && Numbers[i] >= 0) Weights[i] *= Tuning.VesselNumberWeight;
            if (Roles[i] == TokenRole.Word) words += Weights[i];
        }
        WordWeight = words;
        MaxTokenWeight = statistics.MaxWeight;
    }
}
