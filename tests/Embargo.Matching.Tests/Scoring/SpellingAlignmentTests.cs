using Embargo.Core.Model;
using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>
/// A romanised native token against a Latin spelling, by the script's spelling rules (<see cref="SpellingAlignment"/>),
/// and whole names that meet only through them. Names are invented or common given names and surnames.
/// </summary>
public sealed class SpellingAlignmentTests
{
    private static double Similarity(string native, string latin, SpellingProfile profile) =>
        SpellingAlignment.Similarity(native, latin, profile);

    [Theory]
    [InlineData("gete", "goethe")]          // Гёте: ё printed as e, written oe
    [InlineData("kheminguey", "hemingway")] // Хемингуэй: kh for h, у for an English w
    [InlineData("yosida", "yoshida")]       // Йосида: Polivanov си for shi
    [InlineData("tszyan", "jiang")]         // Цзян: Palladius цз for j, ян for -iang
    [InlineData("gamburg", "hamburg")]      // Гамбург: Russian г for h
    public void CyrillicMeetsTheSpellingsOfTheNamesOrigin(string native, string latin) =>
        Assert.True(Similarity(native, latin, SpellingProfile.Cyrillic) >= Tuning.MinSpellingSimilarity, $"{native} ~ {latin}");

    [Theory]
    [InlineData("bushaib", "bouchaib")]     // بوشعيب: ش as the ch of Maghreb French spellings
    [InlineData("dhulfqari", "zolfaghari")] // ذوالفقاري: Persian ذ as z, ق as gh
    [InlineData("mikal", "michael")]        // מיכאל: כ as ch
    [InlineData("wladimir", "vladimir")]    // ולדימיר: ו as v
    [InlineData("hzn", "chazan")]           // חזן: ח as ch, the vowels unwritten
    public void AbjadsMeetTheirConsonantsAndTheUnwrittenVowels(string native, string latin) =>
        Assert.True(Similarity(native, latin, SpellingProfile.Abjad) >= Tuning.MinSpellingSimilarity, $"{native} ~ {latin}");

    [Theory]
    [InlineData("huashengdun", "washington")] // 华盛顿: hua for wa, dun for ton
    [InlineData("kelindun", "clinton")]       // 克林顿: ke for a bare c
    public void PinyinOfAForeignNameMeetsItsSpelling(string native, string latin) =>
        Assert.True(Similarity(native, latin, SpellingProfile.Han) >= Tuning.MinSpellingSimilarity, $"{native} ~ {latin}");

    [Theory]
    [InlineData("po", "bo")]       // 보: MR p, RR b
    [InlineData("jong", "jeong")]  // 정: MR ŏ, RR eo
    [InlineData("kyu", "gyu")]     // 규
    [InlineData("i", "lee")]       // 이: an initial ㄹ dropped in the South, Lee kept
    [InlineData("choe", "choi")]   // 최
    public void KoreanSyllablesMeetTheirOtherRomanisations(string native, string latin) =>
        Assert.True(Similarity(native, latin, SpellingProfile.Hangul) >= Tuning.MinSpellingSimilarity, $"{native} ~ {latin}");

    [Theory]
    [InlineData("i", "ra", "Hangul")]     // 이 is not Ra
    [InlineData("hyon", "yon", "Hangul")] // 현 is not 연
    [InlineData("ying", "yun", "Han")]    // another vowel is another syllable
    [InlineData("cheng", "chen", "Han")]  // and so is another final
    [InlineData("abi", "abu", "Abjad")]   // אבי: a written vowel letter does not change
    [InlineData("sergey", "george", "Cyrillic")]
    public void OtherNamesDoNotMeet(string native, string latin, string profile) =>
        Assert.Equal(0, Similarity(native, latin, Enum.Parse<SpellingProfile>(profile)));

    [Fact]
    public void AScriptsRulesApplyOnlyToItsNames()
    {
        // Russian writes h as г; a Chinese g is a g, and g for h is then a consonant dropped and another added.
        Assert.True(Similarity("gamburg", "hamburg", SpellingProfile.Cyrillic) > Similarity("gamburg", "hamburg", SpellingProfile.Han));
    }

    [Fact]
    public void AnUnwrittenVowelCostsLessInAnAbjad()
    {
        var rules = SpellingRules.For(SpellingProfile.Abjad);
        var other = SpellingRules.For(SpellingProfile.Cyrillic);
        Assert.True(SpellingAlignment.Cost("mrdk", "mordek", rules, 10) < SpellingAlignment.Cost("mrdk", "mordek", other, 10));
    }

    [Fact]
    public void TokensOpeningOnUnrelatedSoundsAreNotAligned()
    {
        Assert.False(SpellingAlignment.MayOpenAlike("kim", "lee"));
        Assert.True(SpellingAlignment.MayOpenAlike("i", "lee"));         // 이, Lee
        Assert.True(SpellingAlignment.MayOpenAlike("hukuda", "fukuda")); // 후쿠다, Fukuda
        Assert.True(SpellingAlignment.MayOpenAlike("ali", "hali"));      // a silent h
    }

    [Fact]
    public void TheSameSimilarityComesBackFromTheCache()
    {
        var first = Similarity("kheminguey", "hemingway", SpellingProfile.Cyrillic);
        Assert.Equal(first, Similarity("kheminguey", "hemingway", SpellingProfile.Cyrillic));
        Assert.NotEqual(first, Similarity("kheminguey", "hemingway", SpellingProfile.Han));
    }

    [Theory]
    [InlineData("Хемингуэй", "Hemingway")]
    [InlineData("ذوالفقاري", "Zolfaghari")]
    [InlineData("מיכאל חזן", "Michael Chazan")]
    [InlineData("克林顿", "Clinton")]
    [InlineData("이민호", "Lee Min-ho")]
    [InlineData("정은영", "Jeong Eun-young")]
    [InlineData("로버트 스미스", "Robert Smith")]
    public void NamesMeetAcrossScriptsThroughTheirSpellings(string native, string latin) =>
        Assert.True(NameComparer.Compare(native, latin, EntityKind.Person).IsMatch, $"{native} ~ {latin}");

    [Theory]
    [InlineData("רוברט ג'ונס ג'וניור", "Robert Jones Jr.")] // a suffix Latin abbreviates
    [InlineData("סטיבן סנט ג'ון", "Stephen St. John")]
    [InlineData("דה רוק", "The Rock")]                     // ד for the English th
    public void AbbreviationsAndEnglishThMeetTheirHebrewSpellings(string native, string latin) =>
        Assert.True(NameComparer.Compare(native, latin, EntityKind.Person).IsMatch, $"{native} ~ {latin}");

    [Fact]
    public void ARomanisedTokenIsNotReadAsAnAcronym()
    {
        // סעד (sad) is Saad; read as initials it would take Saad Al-Dawla whole and leave דוולה unpaired.
        var alignment = NameComparer.Compare("סעד אל-דוולה", "Saad al-Dawla", EntityKind.Person).Explanation.Alignment;
        Assert.DoesNotContain(alignment, p => p.How == "acronym");
    }

    [Theory]
    [InlineData("이민호", "Ra Min-ho")]
    [InlineData("정은영", "Jeong Eun-hee")]
    [InlineData("מיכאל חזן", "Michael Cohen")]
    public void NamesWithAnotherPartDoNotMeet(string native, string latin) =>
        Assert.False(NameComparer.Compare(native, latin, EntityKind.Person).IsMatch, $"{native} ~ {latin}");
}
