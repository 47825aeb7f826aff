using Embargo.Core.Model;
using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>Chinese names in Wade-Giles (Taiwan, before pinyin) against their Korean spelling of Mandarin.</summary>
public sealed class WadeGilesTests
{
    [Theory]
    [InlineData("xiao", "hsiao")]
    [InlineData("zhong", "chung")]
    [InlineData("jian", "chien")]
    [InlineData("qing", "ching")]
    [InlineData("de", "te")]
    [InlineData("ge", "ko")]
    [InlineData("zi", "tzu")]
    [InlineData("si", "ssu")]
    [InlineData("shi", "shih")]
    [InlineData("ren", "jen")]
    [InlineData("zeng", "tseng")]
    [InlineData("guo", "kuo")]
    [InlineData("luo", "lo")]
    [InlineData("xie", "hsieh")]
    [InlineData("xue", "hsueh")]
    [InlineData("xiong", "hsiung")]
    [InlineData("you", "yu")]
    public void PinyinSyllablesHaveTheirWadeGilesSpelling(string pinyin, string wadeGiles) =>
        Assert.Equal(wadeGiles, WadeGiles.Of(pinyin));

    [Theory]
    [InlineData("hsiao", true)]
    [InlineData("chingkuo", true)]
    [InlineData("tzu", true)]
    [InlineData("myong", false)] // McCune-Reischauer
    [InlineData("xiao", false)]  // pinyin: no x in Wade-Giles
    public void WadeGilesIsItsSyllablesRunTogether(string token, bool wadeGiles) =>
        Assert.Equal(wadeGiles, WadeGiles.IsWadeGiles(token));

    [Theory]
    [InlineData("샤오밍더", "Hsiao Ming-te")]    // invented: xiao ming de
    [InlineData("장젠신", "Chang Chien-hsin")] // invented: zhang jian xin
    public void MandarinSpeltInHangulMeetsItsWadeGiles(string hangul, string latin)
    {
        var result = NameComparer.Compare(hangul, latin, EntityKind.Person);
        Assert.True(result.IsMatch, $"{hangul} vs {latin}: {result.Score:F3}");
    }

    [Fact]
    public void SinoKoreanReadingsAreNotSoughtInWadeGiles()
    {
        // 성 song reads 成 cheng: in pinyin that is a reading; a Korean name against a Wade-Giles one it met too often.
        Assert.True(TokenSimilarity.ReadsAsChinese(["song"], "cheng"));
        Assert.False(TokenSimilarity.ReadsAsChineseInWadeGiles(["song"], "cheng"));
    }
}
