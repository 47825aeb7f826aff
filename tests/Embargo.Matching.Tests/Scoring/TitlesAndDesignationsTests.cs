using Embargo.Core.Model;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>
/// Titles, regnal numbers and territorial designations as low evidence: Korean titles read as the English title they
/// mean, Latin titles that are also names cheap to leave out but still words, designations ("of Silla", "the Great")
/// that never conflict. The names are made up.
/// </summary>
public sealed class TitlesAndDesignationsTests
{
    [Theory]
    [InlineData("한결왕", "han kyol king")]           // a ruler's name with 왕 run into it
    [InlineData("사쿠라다 천황", "sakurada emperor")] // a title as a word of its own
    [InlineData("나래 공주", "narae princess")]
    [InlineData("진 한공", "jin han duke")]          // 공 after the state's name: a duke
    [InlineData("하루토신노", "ha ru to prince")]   // Japanese: Haruto shinnō
    [InlineData("사도 하랄", "apostle haral")]       // an epithet as a word of its own
    public void AKoreanTitleIsWrittenAsTheEnglishTitle(string hangul, string folded) =>
        Assert.Equal(folded, NameText.Fold(hangul));

    [Fact]
    public void TheParticleThatOpensADesignationWeighsATitlesShare()
    {
        // of tells nothing of who: of Gaya costs a title's share and half a word, not a particle's and half a word.
        var alignment = NameComparer.Compare("하랄", "Haral of Gaya", EntityKind.Person).Explanation.Alignment;
        var of = Assert.Single(alignment, p => p.Listed == "of");
        var gaya = Assert.Single(alignment, p => p.Listed == "gaya");
        Assert.Equal(gaya.Weight * Tuning.TitleWeight / Tuning.DesignationWeight, of.Weight, 6);
    }

    [Theory]
    [InlineData("왕위", "wang wi")]   // 왕 first is the surname Wang
    [InlineData("김왕", "kim wang")]  // one syllable before it: a given name, not a king
    [InlineData("로제", "ro je")]     // a name ending in 제 is no emperor
    [InlineData("니노미야 카즈", "ninomiya kaj")] // Ninomiya is a surname, not a prince's house
    [InlineData("마사도 루이스", "masado ruis")]   // 사도 only as a word of its own
    public void ASyllableThatCouldBeATitleStaysAName(string hangul, string folded) =>
        Assert.Equal(folded, NameText.Fold(hangul));

    [Theory]
    [InlineData("한결왕", "Hangyeol of Silla")]
    [InlineData("한결왕", "King Hangyeol")]
    [InlineData("사쿠라다 천황", "Emperor Sakurada")]
    [InlineData("사쿠라다 천황", "Sakurada")]
    [InlineData("나래 공주", "Princess Narae of Gaya")]
    public void ANameMeetsItsLatinFormWithOrWithoutItsTitle(string hangul, string latin)
    {
        var result = NameComparer.Compare(hangul, latin, EntityKind.Person);
        Assert.True(result.IsMatch, $"{hangul} vs {latin}: {result.Score:F3}");
    }

    [Fact]
    public void ATitleAloneMatchesNoTitledName()
    {
        Assert.False(NameComparer.Compare("Emperor", "Emperor Sakurada", EntityKind.Person).IsMatch);
        Assert.False(NameComparer.Compare("천황", "Emperor Sakurada", EntityKind.Person).IsMatch);
        Assert.Equal(0, NameComparer.Compare("Princess", "Princess Narae", EntityKind.Person).Score);
    }

    [Fact]
    public void KingAsASurnameStillConflictsWithAnotherSurname()
    {
        // King is a title that costs little when one side leaves it out, but it is a word: against another surname it conflicts.
        Assert.False(NameComparer.Compare("Hollis King", "Hollis Brandt", EntityKind.Person).IsMatch);
        Assert.True(NameComparer.Compare("Hollis King", "KING, Hollis", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void DifferentRegnalNumbersConflictAndAMissingOneCostsLittle()
    {
        Assert.False(NameComparer.Compare("Ottokar XIV", "Ottokar XV", EntityKind.Person).IsMatch);
        Assert.True(NameComparer.Compare("Ottokar II", "Ottokar", EntityKind.Person).IsMatch);
        Assert.True(NameComparer.Compare("바르톨드 2세", "Barthold", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void ADesignationIsOnlyAPersonsAndCostsLittle()
    {
        var tokens = new[] { "hangyeol", "of", "silla" };
        var roles = new TokenRole[3];
        TokenRoles.Classify(tokens, EntityKind.Person, roles);
        Assert.Equal([TokenRole.Word, TokenRole.Particle, TokenRole.Designation], roles);
        TokenRoles.Classify(["bank", "of", "gaya"], EntityKind.Organization, roles);
        Assert.Equal(TokenRole.Word, roles[2]);
        Assert.True(NameComparer.Compare("Hangyeol the Bold", "Hangyeol", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void TwoRulersOfOneRealmOrOfTwoAreTwoPeople()
    {
        // The designations pair and the names conflict; or the names pair and the designations conflict.
        Assert.False(NameComparer.Compare("Hangyeol of Silla", "Dobong of Silla", EntityKind.Person).IsMatch);
        Assert.False(NameComparer.Compare("Hangyeol of Silla", "Hangyeol of Gaya", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void CrownAndGrandOpenATitle()
    {
        var roles = new TokenRole[3];
        TokenRoles.Classify(["crown", "prince", "narae"], EntityKind.Person, roles);
        Assert.Equal(TokenRole.Title, roles[0]);
        TokenRoles.Classify(["grand", "duchess", "narae"], EntityKind.Person, roles);
        Assert.Equal([TokenRole.Title, TokenRole.Title, TokenRole.Word], roles);
    }

    [Fact]
    public void InAKoreanNameKingIsATitleAndInALatinOneAWord()
    {
        var roles = new TokenRole[2];
        TokenRoles.Classify(["hansol", "king"], EntityKind.Person, roles, titlesTranslated: true);
        Assert.Equal(TokenRole.Title, roles[1]);
        TokenRoles.Classify(["hansol", "king"], EntityKind.Person, roles);
        Assert.Equal(TokenRole.Word, roles[1]);
    }

    [Fact]
    public void TitlesAndDesignationsStandAnywhereInTheOrder()
    {
        // Korean puts the realm first (가야 왕세자 한결), English last (Hangyeol, Crown Prince of Gaya): no broken order.
        var result = NameComparer.Compare("가야 왕세자 한결", "Hangyeol, Crown Prince of Gaya", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score:F3}");
    }

    [Fact]
    public void ATitleWordBeforeOfIsATitle()
    {
        var roles = new TokenRole[4];
        TokenRoles.Classify(["dobong", "duke", "of", "gaya"], EntityKind.Person, roles);
        Assert.Equal([TokenRole.Word, TokenRole.Title, TokenRole.Particle, TokenRole.Designation], roles);
        TokenRoles.Classify(["hollis", "duke", "brandt", "jr"], EntityKind.Person, roles);
        Assert.Equal(TokenRole.Word, roles[1]); // the surname Duke
    }

    [Fact]
    public void ImperialIsATitleAndNobleACheapWord()
    {
        Assert.Equal(TokenRole.Title, TokenRoles.Of("imperial", EntityKind.Person));
        Assert.True(TokenRoles.IsTitleWord("noble")); // also a surname
    }

    [Fact]
    public void IbnAsKoreanWritesItIsALineageParticle()
    {
        Assert.Equal(TokenRole.Particle, TokenRoles.Of("ibun"));
        Assert.True(TokenRoles.IsLineageParticle("ibun"));
    }
}
