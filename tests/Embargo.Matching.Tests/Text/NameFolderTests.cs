using System.Globalization;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class NameFolderTests
{
    [Theory]
    [InlineData("3%ers", "3 percenters")]
    [InlineData("100% Pure Trading", "100 percent pure trading")]
    public void APerCentSignIsReadAsTheWord(string name, string folded) => Assert.Equal(folded, NameFolder.Fold(name));

    [Theory]
    [InlineData("Müller-Lüdenscheidt", "muller ludenscheidt")]
    [InlineData("José María Aznar", "jose maria aznar")]
    [InlineData("Đorđe Łukasz Ørsted Straße Æsir", "dorde lukasz orsted strasse aesir")]
    [InlineData("Nguyễn Tấn Dũng", "nguyen tan dung")]
    public void DiacriticsAreRemoved(string name, string folded) => Assert.Equal(folded, NameText.Fold(name));

    [Fact]
    public void LettersWithoutADecompositionStillFold() => Assert.Equal("bbcd dang", NameText.Fold("ƀɓƈɗ Ɗaŋ"));

    [Theory]
    [InlineData("GRIGOR'EV", "grigorev")]
    [InlineData("Grigor’ev", "grigorev")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("Ma`ruf", "maruf")]
    public void ApostrophesInsideWordsVanish(string name, string folded) => Assert.Equal(folded, NameText.Fold(name));

    [Theory]
    [InlineData("T.E.G. LIMITED", "teg limited")]
    [InlineData("U.S.A.", "usa")]
    [InlineData("S.A. de C.V.", "sa de cv")]
    [InlineData("J. Smith", "j smith")]
    [InlineData("A.B.Smith", "ab smith")]
    public void DottedInitialsJoin(string name, string folded) => Assert.Equal(folded, NameText.Fold(name));

    [Theory]
    [InlineData("AL-QAIDA", "al qaida")]
    [InlineData("SHUGAEV, Dmitry Evgenievich", "shugaev dmitry evgenievich")]
    [InlineData("  Acme   (Holdings) / Ltd.  ", "acme holdings ltd")]
    [InlineData("\"ROSOBORONEXPORT\"", "rosoboronexport")]
    public void PunctuationAndHyphensBreakWords(string name, string folded) => Assert.Equal(folded, NameText.Fold(name));

    [Fact]
    public void DigitsAreKept() => Assert.Equal("sea star 7 imo 9123456", NameText.Fold("SEA STAR 7 (IMO 9123456)"));

    [Fact]
    public void CompatibilityFormsAreNormalised() => Assert.Equal("acme fine", NameText.Fold("ＡＣＭＥ ﬁne"));

    [Fact]
    public void TurkishDotlessIFoldsToAsciiI()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("isik istanbul ii", NameText.Fold("IŞIK İSTANBUL ıi"));
            Assert.Equal("ilhan", NameText.Fold("ILHAN"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void FoldedAsciiComesBackAsTheSameInstance()
    {
        var folded = "dmitry shugayev";
        Assert.Same(folded, NameText.Fold(folded));
    }

    [Fact]
    public void OnlyTheNonLatinRunsAreTransliterated() =>
        Assert.Equal("dmitry shugayev 1970", NameText.Fold("Dmitry Шугаев 1970"));

    [Fact]
    public void CyrillicShugaevFoldsToShugayevBgn() =>
        Assert.Equal("shugayev dmitriy yevgenyevich", NameText.Fold("ШУГАЕВ Дмитрий Евгеньевич"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-- / --")]
    public void NothingToReadFoldsToEmpty(string name) => Assert.Equal("", NameText.Fold(name));

    [Fact]
    public void FoldingIsIdempotent()
    {
        foreach (var name in new[] { "Müller-Lüdenscheidt", "ШУГАЕВ Дмитрий", "محمد", "박도춘", "T.E.G. LIMITED" })
        {
            var once = NameText.Fold(name);
            Assert.Equal(once, NameText.Fold(once));
        }
    }
}
