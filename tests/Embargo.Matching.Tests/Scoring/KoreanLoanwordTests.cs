using Embargo.Core.Model;
using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>
/// Foreign names written in Hangul against their Latin spellings: the loanword orthography's rules for the languages
/// the names come from, the parts of a name Korean leaves out (middle names, initials), titles and particles written
/// in Hangul, and how runs of Hangul words are paired. Names are invented or well-known public names.
/// </summary>
public sealed class KoreanLoanwordTests
{
    private static double Loanword(string native, string latin) => SpellingAlignment.Similarity(native, latin, SpellingProfile.HangulLoanword);

    private static PairComparison Compare(string native, string latin) => NameComparer.Compare(native, latin, EntityKind.Person);

    [Theory]
    [InlineData("dwipong", "dupont")]       // 뒤퐁: ㅟ for the French u
    [InlineData("sebaschiang", "sebastiao")] // 세바스치앙: Brazilian ti as 치, ão as 앙
    [InlineData("hodrigu", "rodrigo")]      // 호드리구: an initial r as ㅎ, a final o as 우
    [InlineData("danieu", "daniel")]        // 다니에우: an l closing a syllable as 우
    [InlineData("bawensa", "walesa")]       // 바웬사: the Polish ł (folded to l) as ㅜ
    [InlineData("rebandopski", "lewandowski")] // 레반도프스키: -owski as 오프스키
    [InlineData("yorgas", "giorgas")]       // 요르가스: the Greek γ before i as y
    [InlineData("himena", "ximena")]        // 히메나: the Spanish x as ㅎ
    [InlineData("kinji", "kinsey")]         // 킨지: a final English ey as 이
    [InlineData("pyu", "pugh")]             // 퓨: ugh as 유
    [InlineData("taio", "tyre")]            // 타이어: yre as 아이어
    [InlineData("noi", "noe")]              // 노이: oe as 오이
    [InlineData("doan", "dogan")]           // 도안: the Turkish ğ is not said
    [InlineData("rij", "liz")]              // 리즈: 즈 for z
    [InlineData("jongbanmin", "duongvanminh")] // 즈엉반민, Dương Văn Minh: the Vietnamese d as ㅈ, ương as 으엉, a final nh as ㄴ
    [InlineData("kkuok", "quoc")]           // 꾸옥: the Vietnamese qu as ㄲ
    [InlineData("bomon", "baughman")]       // 보먼: the English augh as 오
    [InlineData("posi", "foix")]            // 포시: the Catalan ix as 시
    public void ForeignNamesMeetTheirSpellingsThroughTheLoanwordRules(string native, string latin) =>
        Assert.True(Loanword(native, latin) >= Tuning.MinSpellingSimilarity, $"{native} ~ {latin}: {Loanword(native, latin):F3}");

    [Theory]
    [InlineData("yol", "yeul")]  // 열, also spelt Yeul
    [InlineData("ung", "ng")]    // 응: the surname Ng has no vowel to disagree with
    [InlineData("jong", "dzsong")] // 정 in Hungarian spelling
    public void KoreanSyllablesMeetTheseSpellingsToo(string native, string latin) =>
        Assert.True(SpellingAlignment.Similarity(native, latin, SpellingProfile.Hangul) >= Tuning.MinSpellingSimilarity, $"{native} ~ {latin}");

    [Fact]
    public void ALetterAloneIsNoSyllableWithoutAVowel() =>
        Assert.Equal(0, SpellingAlignment.Similarity("je", "j", SpellingProfile.Hangul));

    [Fact]
    public void TheEnglishAyIsTheVowelOfJae() => Assert.Equal(SyllableVowel.Of("jae"), SyllableVowel.Of("jay"));

    [Fact]
    public void TheGlideYBeforeAVowelIsNotAy() => Assert.Equal('a', SyllableVowel.Of("yang"));

    [Theory]
    [InlineData("쉘든", false)]    // Sheldon: 쉘 is no Sino-Korean syllable, nor one of Korean's spelling of Mandarin
    [InlineData("박도춘", true)]
    [InlineData("왕샤오밍", true)] // Wang Xiaoming, in Korean's spelling of Mandarin
    public void AOneWordNameIsKoreanShapedOnlyInSyllablesKoreanOrMandarinNamesUse(string name, bool korean) =>
        Assert.Equal(korean, HangulRomanizer.IsKoreanNameShape(name));

    [Theory]
    [InlineData("제이 리", "Jay Lee")]                 // 제이 je i: a syllable of a vowel alone goes with the run
    [InlineData("존 스미스", "John Henry Smith")]      // a middle name Korean leaves out
    [InlineData("데이비드 존스", "P. David Jones")]    // an initial Korean leaves out
    [InlineData("후안 데 라 베가", "Juan Vega")]     // 데 라 is de la
    [InlineData("쇼타이 왕", "Shō Tai")]              // 왕 after the name is King
    [InlineData("응우옌 투하", "Nguyen Thu-ha")]     // one Hangul word for a hyphenated name
    [InlineData("매리즈 조", "Marise Jow")]           // 조 is Jow, not the end of Marise
    [InlineData("호드리구 다니에우", "Rodrigo Daniel")]
    [InlineData("셰이크 하산 알 타니", "Sheikh Hassan Al Thani")]
    public void ForeignNamesInHangulMeetTheirLatinListings(string native, string latin) =>
        Assert.True(Compare(native, latin).IsMatch, $"{native} ~ {latin}: {Compare(native, latin).Score:F3}");

    [Fact]
    public void AMiddleNameIsCheaperOnlyBesideAForeignNameInHangul()
    {
        var alignment = Compare("존 스미스", "John Henry Smith").Explanation.Alignment;
        Assert.Contains(alignment, p => p.Listed == "henry" && p.How == "unmatched_middle");
        // A Korean-shaped name keeps the plain rate: its syllables are tokens, and a listed name's middle one is another name.
        Assert.DoesNotContain(Compare("김 철", "Kim Yong Chol").Explanation.Alignment, p => p.How == "unmatched_middle");
    }

    [Fact]
    public void WangAfterAKoreanShapedNameIsStillTheSurname() =>
        Assert.False(Compare("지미 왕", "Jimmy Li").IsMatch);

    [Fact]
    public void TheArticleAfterDeIsAParticle()
    {
        var alignment = Compare("후안 데 라 베가", "Juan de la Vega").Explanation.Alignment;
        Assert.Contains(alignment, p => p.Query == "ra" && p.Listed == "la");
        Assert.True(Compare("후안 데 라 베가", "Juan de la Vega").IsMatch);
    }

    [Fact]
    public void ARunGivesUpAPartThatSpellsAnotherToken()
    {
        var alignment = Compare("매리즈 조", "Marise Jow").Explanation.Alignment;
        Assert.Contains(alignment, p => p.Query == "jo" && p.Listed == "jow");
    }

    [Fact]
    public void AScoreExactlyOnTheThresholdMeetsIt()
    {
        // 0.9 for the name, a regnal number left at the ancestry rate: 0.9 · 2 / 2.25 = 0.8, which float weights may put
        // a hair under.
        var result = Compare("카지미르", "Kazimir II");
        Assert.Equal(0.8, result.Score, 6);
        Assert.True(result.IsMatch);
    }

    [Fact]
    public void SheikhInHangulIsATitle()
    {
        Assert.Equal(3, HangulTitles.SuffixLength("셰이크", koreanName: false, afterAnotherWord: false, out var english));
        Assert.Equal("sheikh", english);
    }

    [Theory]
    [InlineData("Mirza Hassan Rahimi", "Hassan Rahimi")] // Mirza, a title that is also a name, is cheap to leave out
    public void ATitleThatIsAlsoANameIsCheapToLeaveOut(string withTitle, string without) =>
        Assert.True(NameComparer.Compare(withTitle, without, EntityKind.Person).IsMatch);

    [Theory]
    [InlineData("한스 페터 마이어", "Peter Meier")]             // known by his second given name: Hans is left out
    [InlineData("마리아 로페스", "Maria Lopez Santos Ferreira")] // a second surname and a third after the first two
    public void ANameWhoseGivenNameAndSurnamePairLeavesItsOtherNamesCheap(string native, string latin)
    {
        var result = Compare(native, latin);
        Assert.True(result.IsMatch, $"{native} ~ {latin}: {result.Score:F3}");
        Assert.Contains(result.Explanation.Alignment, p => p.How == "unmatched_middle");
    }

    [Theory]
    [InlineData("도미니크 마르탱", "Dominique")]    // one word paired: the rest is not known to be extra names
    [InlineData("한스 페터 마이어", "Peter Schulz")] // another surname: a conflict, not a left-out name
    public void ExtraNamesStayDearWithoutAGivenNameAndSurnamePaired(string native, string latin) =>
        Assert.False(Compare(native, latin).IsMatch, $"{native} ~ {latin}: {Compare(native, latin).Score:F3}");

    [Fact]
    public void ARegnalNumberAndAnEpithetAreChargedOnce()
    {
        // Alfonso X of Castile, called the Wise: the number and the epithet tell the same namesakes apart.
        var result = Compare("알폰소 10세", "Alfonso the Wise");
        Assert.True(result.IsMatch, $"{result.Score:F3}");
        // The cheaper of the two goes free: here the epithet (the Wise weighs less than a word).
        Assert.Contains(result.Explanation.Alignment, p => p.Listed == "wise" && p.Weight == 0);
        Assert.Contains(result.Explanation.Alignment, p => p.Query == "10se" && p.Weight > 0);
        // Two numbers still disagree.
        Assert.False(Compare("알폰소 10세", "Alfonso IX").IsMatch);
    }

    [Theory]
    [InlineData("je8dae", 8)]  // 제8대: the 8th holder of a title
    [InlineData("je12dae", 12)]
    [InlineData("2se", 2)]
    public void KoreanOrdinalsAreNumbers(string token, int value) => Assert.Equal(value, NumberWords.ValueOf(token));

    [Fact]
    public void TheKoreanOrdinalOfATitleMeetsTheLatinOne() =>
        Assert.True(Compare("제3대 블랙우드 백작 조지 블랙우드", "George Blackwood, 3rd Earl Blackwood").IsMatch);

    [Fact]
    public void AOneSyllableTitlePairsAsItsSyllableWhereTheOtherNameSpellsIt()
    {
        // 박대제 may be a ruler (…제, emperor) or a person named Dae-je: against Pak Dae Je it is the person.
        var result = Compare("박대제", "Pak Dae Je");
        Assert.True(result.IsMatch, $"{result.Score:F3}");
        Assert.Contains(result.Explanation.Alignment, p => p.Query == "je" && p.Listed == "je" && p.How == "title_syllable");
        // A ruler's title still meets the Latin title.
        Assert.Contains(Compare("가정제", "Jiajing Emperor").Explanation.Alignment, p => p.Query == "emperor" && p.Listed == "emperor");
    }

    [Fact]
    public void ATitleSyllableIsFoundOnlyInAKoreanShapedNamesTitle()
    {
        Assert.True(HangulTitles.TitleSyllable("박대제", "emperor", out var syllable));
        Assert.Equal("je", syllable);
        Assert.False(HangulTitles.TitleSyllable("박대제", "king", out _));
        Assert.False(HangulTitles.TitleSyllable("로제", "emperor", out _)); // Rosé: two syllables, no title
    }

    [Theory]
    [InlineData("최경주", "K.J. Choi")] // the golfer: his given name's syllables as initials
    [InlineData("최경주", "Choi K.J.")]
    [InlineData("박영수", "Y.S. Park")]
    public void DottedInitialsMeetAKoreanGivenNamesSyllables(string native, string latin)
    {
        var result = Compare(native, latin);
        Assert.True(result.IsMatch, $"{native} ~ {latin}: {result.Score:F3}");
        Assert.Contains(result.Explanation.Alignment, p => p.How == "initials");
    }

    [Theory]
    [InlineData("최경주", "KJ Choi")]   // no dots: a word, not initials
    [InlineData("최경주", "A.B. Choi")] // other letters
    public void OnlyDottedInitialsOfTheSyllablesPair(string native, string latin) =>
        Assert.DoesNotContain(Compare(native, latin).Explanation.Alignment, p => p.How == "initials");

    [Theory]
    [InlineData("요르가스 파파스", "Giorgas Papadakis")] // the given name alone is no match
    [InlineData("호드리구 다니에우", "Rodrigo Diaz")]
    [InlineData("존 스미스", "John Henry Jones")]        // a middle name is cheap, a different surname is not
    public void LoanwordRulesDoNotMeetOtherNames(string native, string latin) =>
        Assert.False(Compare(native, latin).IsMatch, $"{native} ~ {latin}: {Compare(native, latin).Score:F3}");
}
