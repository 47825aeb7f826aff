using Embargo.Lists.Un;

namespace Embargo.Lists.Tests.Un;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData("جابر عبد الله جابر أحمد الجلاهمة", "Arab")]
    [InlineData("حاجی خيرالله و حاجی ستار صرافی", "Arab")]
    [InlineData("Умаров Доку Хаматович", "Cyrl")]
    [InlineData("Ελληνικά Ονόματα", "Grek")]
    [InlineData("בנימין נתניהו", "Hebr")]
    [InlineData("김정은", "Hang")]
    [InlineData("朝鲜贸易银行", "Hans")]
    [InlineData("朝鮮貿易銀行", "Hant")]
    [InlineData("金正恩", "Hani")]
    [InlineData("トヨタ自動車", "Jpan")]
    [InlineData("JAMAAH ANSHARUT DAULAH", "Latn")]
    [InlineData("Forces Démocratiques Alliées", "Latn")]
    public void ScriptOfMostLettersWins(string name, string expected) =>
        Assert.Equal(expected, ScriptDetector.Detect(name));

    [Fact]
    public void LatinInitialsBesideArabicDoNotOutvoteIt() =>
        Assert.Equal("Arab", ScriptDetector.Detect("نصار الشريعة (Ansar)"));

    [Theory]
    [InlineData("")]
    [InlineData("123 - 456 ()")]
    public void TextWithoutLettersHasNoScript(string text) => Assert.Null(ScriptDetector.Detect(text));
}
