using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class LegalFormsTests
{
    [Theory]
    [InlineData("ooo")]
    [InlineData("llc")]
    [InlineData("limited liability company")]
    [InlineData("tov")]
    [InlineData("gmbh")]
    [InlineData("ltd")]
    [InlineData("sp z o o")]
    [InlineData("d o o")]
    [InlineData("obshchestvo s ogranichennoy otvetstvennostyu")]
    public void LimitedLiabilityFormsAreOneClass(string form) => Assert.Equal(LegalForms.LimitedLiability, LegalForms.Canonical(form));

    [Theory]
    [InlineData("ao")]
    [InlineData("jsc")]
    [InlineData("oao")]
    [InlineData("pjsc")]
    [InlineData("public joint stock company")]
    [InlineData("zao")]
    [InlineData("ag")]
    [InlineData("s a de c v")]
    [InlineData("sa de cv")]
    [InlineData("anonim sirketi")]
    public void JointStockFormsAreOneClass(string form) => Assert.Equal(LegalForms.JointStock, LegalForms.Canonical(form));

    [Theory]
    [InlineData("ano")]
    [InlineData("ev")]
    [InlineData("avtonomnaya nekommercheskaya organizatsiya")]
    public void NonProfitFormsAreOneClass(string form) => Assert.Equal(LegalForms.NonProfit, LegalForms.Canonical(form));

    [Fact]
    public void OnlyLooseFormsContradictNothing()
    {
        Assert.False(LegalForms.IsSpecific(LegalForms.Canonical("inc")!));
        Assert.False(LegalForms.IsSpecific(LegalForms.Canonical("company")!));
        Assert.True(LegalForms.IsSpecific(LegalForms.Canonical("gmbh")!));
        Assert.True(LegalForms.IsSpecific(LegalForms.Canonical("ag")!));
    }

    [Fact]
    public void CorporationIsNotALimitedLiabilityCompany() =>
        Assert.NotEqual(LegalForms.Canonical("llc"), LegalForms.Canonical("corp"));

    [Fact]
    public void LongestPhraseWins()
    {
        string[] tokens = ["grupo", "acme", "s", "a", "de", "c", "v"];
        Assert.Equal(LegalForms.JointStock, LegalForms.Match(tokens, 2, out var length));
        Assert.Equal(5, length);
    }

    [Fact]
    public void PhraseInsideANameIsFound()
    {
        var tokens = NameText.Tokenize(NameText.Fold("Public Joint Stock Company Rosneft Oil Company"));
        Assert.Equal(LegalForms.JointStock, LegalForms.Match(tokens, 0, out var length));
        Assert.Equal(4, length);
        Assert.Equal(LegalForms.Company, LegalForms.Match(tokens, 6, out _));
    }

    [Fact]
    public void CyrillicOooBecomesTheLatinForm() =>
        Assert.Equal(LegalForms.LimitedLiability, LegalForms.Match(NameText.Tokenize(NameText.Fold("ООО Ромашка")), 0, out _));

    [Fact]
    public void AWordIsNoLegalForm()
    {
        Assert.Null(LegalForms.Match(["rosneft"], 0, out var length));
        Assert.Equal(0, length);
        Assert.Null(LegalForms.Canonical("limited liability"));
        Assert.Null(LegalForms.Match(["llc"], 1, out _));
    }
}
