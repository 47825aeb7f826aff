using Embargo.Core.Model;
using Embargo.Matching.Index;
using Embargo.Matching.Scoring;
using Embargo.Matching.Text;
using Embargo.Testing;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>
/// <see cref="SpellingAlignment"/> skips the alignment of a pair whose <see cref="SpellingBound"/> is over the
/// allowance; that is only safe while the bound is never above the alignment's cost. Checked on every pairing of
/// the romanised native tokens (and runs of two and three of them, as syllables are joined) with the Latin tokens
/// of the transliteration benchmark's files, read at run time, under every script's rules.
/// </summary>
public sealed class SpellingBoundTests
{
    private const int NamesPerFile = 60;
    private const float Unbounded = 1000f;
    private const int MaxLength = 40;

    private static readonly SpellingProfile[] Profiles =
    [
        SpellingProfile.Latin, SpellingProfile.Cyrillic, SpellingProfile.Abjad, SpellingProfile.Han, SpellingProfile.Hangul,
        SpellingProfile.Kana,
    ];

    [SharedDataFact]
    public void BoundIsNeverAboveTheAlignmentCost()
    {
        var checkedPairs = 0;
        var overAllowance = 0;
        foreach (var file in new[] { "he-fullnames", "ko-fullnames", "ru-tokens", "ar-tokens", "zh-tokens" })
        {
            var (natives, latins) = Tokens(file);
            foreach (var profile in Profiles)
            {
                var rules = SpellingRules.For(profile);
                foreach (var native in natives)
                {
                    foreach (var latin in latins)
                    {
                        var cost = SpellingAlignment.Cost(native, latin, rules, Unbounded);
                        var bound = rules.Bound.Of(native, latin);
                        Assert.True(bound <= cost + 1e-4f, $"{profile}: {native} ~ {latin}: bound {bound} above cost {cost}");
                        checkedPairs++;
                        if (bound > (1 - Tuning.MinSpellingSimilarity) * Math.Max(native.Length, latin.Length)) overAllowance++;
                    }
                }
            }
        }
        // The bound must also be useful: many pairs of unrelated tokens are over the allowance on their letters alone.
        Assert.True(overAllowance > checkedPairs / 5, $"{overAllowance} of {checkedPairs} pairs over the allowance by the bound");
    }

    [SharedDataFact]
    public void TokensTheSketchesRuleOutHaveNoSpellingSimilarity()
    {
        var ruledOut = 0;
        foreach (var file in new[] { "he-fullnames", "ko-fullnames", "ru-tokens", "ar-tokens", "zh-tokens" })
        {
            var names = File.ReadLines(SharedData.Path("bench", "translit", file + ".tsv")).Skip(1).Take(NamesPerFile)
                .Select(line => line.Split('\t')).Where(fields => fields.Length == 2)
                .Select(fields => (Latin: PreparedName.Create(fields[0], EntityKind.Person), Native: PreparedName.Create(fields[1], EntityKind.Person)))
                .ToList();
            // Each native name against its own Latin name and the next one's (a spelling of another name).
            for (var k = 0; k < names.Count; k++)
            {
                foreach (var latin in new[] { names[k].Latin, names[(k + 1) % names.Count].Latin })
                {
                    var native = names[k].Native;
                    if (!native.IsNonLatin) continue;
                    var sketches = SpellingSketches.For(native);
                    for (var i = 0; i < native.Length; i++)
                    {
                        for (var j = 0; j < latin.Length; j++)
                        {
                            if (!sketches.RuledOut(native, i, latin, j)) continue;
                            ruledOut++;
                            Assert.Equal(0, TokenSimilarity.BySpelling(native.Tokens[i], latin.Tokens[j], native.Profile));
                        }
                    }
                }
            }
        }
        Assert.True(ruledOut > 0);
    }

    [Theory]
    [InlineData("gamburg", "hamburg", "Cyrillic")] // г for h is a rule, not a consonant added
    [InlineData("kelindun", "clinton", "Han")]     // ke for c, the coda n
    [InlineData("i", "lee", "Hangul")]             // the initial ㄹ dropped
    [InlineData("mikal", "michael", "Abjad")]
    [InlineData("thibo", "thibaud", "Latin")]      // a silent ending
    public void SpellingsOfOneNameAreNotRuledOut(string native, string latin, string profile)
    {
        var rules = SpellingRules.For(Enum.Parse<SpellingProfile>(profile));
        Assert.InRange(rules.Bound.Of(native, latin), 0, SpellingAlignment.Cost(native, latin, rules, Unbounded) + 1e-4f);
    }

    [Theory]
    [InlineData("muhammad", "petersen", "Abjad")] // p, t, r, s, n: no letter of muhammad gives them
    [InlineData("pak", "smith", "Hangul")]
    [InlineData("wang", "dobrev", "Han")]
    public void UnrelatedNamesAreOverTheAllowanceOnTheirLettersAlone(string native, string latin, string profile)
    {
        var rules = SpellingRules.For(Enum.Parse<SpellingProfile>(profile));
        Assert.True(rules.Bound.Of(native, latin) > (1 - Tuning.MinSpellingSimilarity) * Math.Max(native.Length, latin.Length));
        Assert.Equal(0, SpellingAlignment.Similarity(native, latin, Enum.Parse<SpellingProfile>(profile)));
    }

    [Fact]
    public void LettersOutsideTheAlphabetAreNeverCharged()
    {
        var rules = SpellingRules.For(SpellingProfile.Cyrillic);
        Assert.Equal(0, rules.Bound.Of("ab1", "ab2"));
        Assert.Equal(0, rules.Bound.Of("", "abc"));
    }

    // Romanised native tokens, with runs of two and three adjacent ones, and Latin tokens of the first names of a file.
    private static (List<string> Natives, List<string> Latins) Tokens(string file)
    {
        var natives = new HashSet<string>(StringComparer.Ordinal);
        var latins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Path("bench", "translit", file + ".tsv")).Skip(1).Take(NamesPerFile))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            foreach (var token in PreparedName.Create(line[..tab], EntityKind.Person).Tokens)
            {
                if (token.Length <= MaxLength) latins.Add(token);
            }
            var tokens = PreparedName.Create(line[(tab + 1)..], EntityKind.Person).Tokens;
            for (var start = 0; start < tokens.Length; start++)
            {
                var run = "";
                for (var k = start; k < Math.Min(tokens.Length, start + 3); k++)
                {
                    run += tokens[k];
                    if (run.Length <= MaxLength) natives.Add(run);
                }
            }
        }
        return ([.. natives], [.. latins]);
    }
}
