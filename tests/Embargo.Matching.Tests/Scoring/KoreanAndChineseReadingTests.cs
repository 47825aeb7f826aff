using Embargo.Core.Model;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>
/// Chinese names read in Korean (Sino-Korean readings from ICU's Korean collation), Korean spellings of foreign
/// words, and Chinese syllables run together against one Latin token.
/// </summary>
public sealed class KoreanAndChineseReadingTests
{
    [Theory]
    [InlineData('류', '유')] // ㄹ before y is dropped at a word's start
    [InlineData('리', '이')]
    [InlineData('뢰', '뇌')] // ㄹ before other vowels is ㄴ
    [InlineData('녀', '여')] // ㄴ before y is dropped
    [InlineData('김', '김')]
    public void TheInitialSoundLawGivesTheSouthernSpelling(char syllable, char initial) =>
        Assert.Equal(initial, HangulRomanizer.AsInitial(syllable));

    [Theory]
    [InlineData(new[] { "yu" }, "liu")]            // 劉, written 유 at a name's start
    [InlineData(new[] { "jin" }, "chen")]          // 陳
    [InlineData(new[] { "pang", "wi" }, "fangwei")] // 方偉
    public void HangulSyllablesReadTheirCharactersMandarinReadings(string[] syllables, string latin) =>
        Assert.True(SinoKoreanReadings.ReadsRun(syllables, latin), string.Join(",", SinoKoreanReadings.Of(syllables[0]).ToArray()));

    [Theory]
    [InlineData(new[] { "kim" }, "kwang")]
    [InlineData(new[] { "pang", "wi" }, "fang")]
    public void ASyllableDoesNotReadWhatNoCharacterOfItReads(string[] syllables, string latin) =>
        Assert.False(SinoKoreanReadings.ReadsRun(syllables, latin));

    [Fact]
    public void ANameInMcCuneReischauerIsNotReadAsChinese()
    {
        // 상 sang reads 常 chang, but CHANG Myong Ho is a Korean name (myong is no pinyin): no reading pairs them.
        var result = NameComparer.Compare("상호", "CHANG Myong Ho", EntityKind.Person);
        Assert.DoesNotContain(result.Explanation.Alignment, a => a.How == "reading");
    }

    [Theory]
    [InlineData("jinping", true)]
    [InlineData("ouyang", true)]
    [InlineData("myong", false)] // McCune-Reischauer, not pinyin
    [InlineData("chung", false)] // Wade-Giles
    public void PinyinIsSyllablesOfMandarinRunTogether(string token, bool pinyin) =>
        Assert.Equal(pinyin, SinoKoreanReadings.IsPinyin(token));

    [Theory]
    [InlineData("이방위", "LI Fangwei")] // a listed Chinese name in its Korean reading
    [InlineData("장예문", "Zhang Yiwen")] // invented: 張藝文
    public void AChineseNameInItsKoreanReadingMeetsItsPinyin(string hangul, string latin) =>
        Assert.True(NameComparer.Compare(hangul, latin, EntityKind.Person).IsMatch,
            $"{hangul} vs {latin}: {NameComparer.Compare(hangul, latin, EntityKind.Person).Score:F3}");

    [Theory]
    [InlineData("이방위", "WANG Fangwei")] // 이 reads no wang
    [InlineData("방위 이", "LI Fangming")]
    public void KoreanReadingsDoNotMeetNamesThatAreNotThoseReadings(string hangul, string latin) =>
        Assert.False(NameComparer.Compare(hangul, latin, EntityKind.Person).IsMatch);

    [Theory]
    [InlineData("아르놀트 슈바르체네거", "Arnold Schwarzenegger")] // 슈 for sch, ㅂ for the German w
    [InlineData("앙리 마티스", "Henri Matisse")]                  // 앙 for the French en
    [InlineData("피터 에드워즈", "Peter Edwards")]                // 즈 for ds
    [InlineData("앤드루 로", "Andrew Rowe")]                      // 오 for ow
    [InlineData("피터 놀스", "Peter Knowles")]                    // the silent k of kn
    [InlineData("조지 예이츠", "George Yates")]                   // 츠 for -tes
    [InlineData("마리아 지 소자", "Maria de Sousa")]              // 지 for the Brazilian de
    [InlineData("샘 콜", "Sam Cole")]                            // words of one syllable, but 샘 and 콜 read no character
    public void ForeignNamesSpeltInHangulMeetTheirOwnSpelling(string hangul, string latin) =>
        Assert.True(NameComparer.Compare(hangul, latin, EntityKind.Person).IsMatch,
            $"{hangul} vs {latin}: {NameComparer.Compare(hangul, latin, EntityKind.Person).Score:F3}");

    [Theory]
    [InlineData("bao", "바오")]
    [InlineData("zhou", "저우")]
    [InlineData("jian", "젠")]   // ㅈ takes no y-vowel
    [InlineData("xian", "셴")]
    [InlineData("xuan", "쉬안")]
    [InlineData("wei", "웨이")]
    [InlineData("gui", "구이")]
    [InlineData("shi", "스")]
    [InlineData("zeng", "쩡")]
    public void KoreanSpellsMandarinSyllablesByItsTable(string pinyin, string hangul) =>
        Assert.Contains(hangul, MandarinInHangul.Spell(pinyin));

    [Fact]
    public void LuMayStandForLuOrLuWithUmlaut() => Assert.Equal(["루", "뤼"], MandarinInHangul.Spell("lu"));

    [Fact]
    public void MandarinSpeltInHangulMeetsItsPinyin()
    {
        Assert.True(MandarinInHangul.TranscribesRun(["pa", "o", "tung"], "baodong"));
        Assert.False(MandarinInHangul.TranscribesRun(["pa", "o", "tung"], "baoding"));
        var result = NameComparer.Compare("저우젠화", "Zhou Jianhua", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score:F3}");
    }

    [Fact]
    public void ChineseSyllablesOpeningAsTheTokenDoesPairAsOneRun()
    {
        // 伊萬斯 yi wansi: the run opens on a vowel as Evans does, and counts whole.
        var result = NameComparer.Compare("伊萬斯", "Evans", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score:F3}");
    }

    [Fact]
    public void KoreanYoIsTheJoOfAForeignNameButNotOfAKoreanOne()
    {
        // 욘 for the Scandinavian Jon; in a Korean name 영 yong and 정 jong are two syllables.
        Assert.True(NameComparer.Compare("욘 스벤센", "Jon Svensen", EntityKind.Person).IsMatch);
        Assert.True(Embargo.Matching.Scoring.TokenSimilarity.BySpelling("yong", "jong", SpellingProfile.Hangul) < Tuning.MinSpellingSimilarity);
    }

    [Fact]
    public void AVowelSyllableAfterARunGoesWithItWhereTheTokenEndsOnAVowel()
    {
        // 서니데이 so ni te i: the run takes the last 이 (Sunnyday ends on y) rather than leave it unpaired.
        var result = NameComparer.Compare("서니데이", "Sunnyday", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score:F3}");
        Assert.DoesNotContain(result.Explanation.Alignment, a => a.Listed is null);
    }

    [Fact]
    public void TheMostSimilarRunWinsWhereverItStarts()
    {
        // 디폰테인 dipontein is De Fontaine (0.9), not Lee De Fontaine (0.8), which would leave 리 ri, Lee, unpaired.
        var result = NameComparer.Compare("리 디폰테인", "Lee de Fontaine", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score:F3}");
        Assert.Contains(result.Explanation.Alignment, a => a.Query == "ri" && a.Listed == "lee");
    }
}
