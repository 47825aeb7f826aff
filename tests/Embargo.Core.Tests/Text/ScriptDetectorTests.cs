using Embargo.Core.Text;

namespace Embargo.Core.Tests.Text;

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

    [Theory]
    [InlineData("မင်းအောင်လှိုင်", "Mymr")]
    [InlineData("ܐܬܘܪܝܐ", "Syrc")]
    [InlineData("ދިވެހި", "Thaa")]
    [InlineData("김正恩", "Kore")]
    [InlineData("Ἀλέξανδρος", "Grek")]
    public void ScriptsOfEveryPublisherAreKnown(string name, string expected) =>
        Assert.Equal(expected, ScriptDetector.Detect(name));

    [Theory]
    [InlineData("JAMAAH ANSHARUT DAULAH")]
    [InlineData("Łukasz Ə Nguyễn")]
    [InlineData("123 - 456 ()")]
    public void LatinOrLetterlessNameHasNoNonLatinScript(string name) => Assert.Null(ScriptDetector.DetectNonLatin(name));

    [Fact]
    public void NonLatinScriptIsDetectedForOriginalScriptNames() =>
        Assert.Equal("Cyrl", ScriptDetector.DetectNonLatin("Умаров Доку Хаматович"));
}
