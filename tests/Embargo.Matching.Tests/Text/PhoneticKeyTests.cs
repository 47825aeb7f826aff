using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("yury", "yuri", "iurii", "yuriy", "yurii")]
    [InlineData("shugayev", "shugaev", "shugaiev", "shugayev", "shugaev")]
    [InlineData("nikolay", "nikolai", "nikolaj", "nikolay", "nikolai")]
    [InlineData("mohammed", "muhammad", "mohamed", "mohammad", "muhamad")]
    [InlineData("valeriy", "valery", "valerii", "valeri", "valerij")]
    [InlineData("evgeny", "yevgeny", "evgeniy", "yevgeniy", "evgenii")]
    [InlineData("aleksey", "alexei", "alexey", "aleksei", "aleksej")]
    [InlineData("khasan", "hasan", "hassan", "khassan", "hasan")]
    [InlineData("zhukov", "jukov", "joukov", "zhukov", "jukov")]
    [InlineData("mustafa", "mustapha", "moustafa", "mostafa", "mustafa")]
    [InlineData("youssef", "yousef", "yusef", "yosef", "youcef")]
    [InlineData("yusuf", "yousuf", "yousouf", "youssouf", "yusuf")]
    [InlineData("sharif", "shareef", "sharif", "shareef", "sharif")]
    [InlineData("mahmoud", "mahmood", "mahmud", "makhmud", "mahmud")]
    [InlineData("kasim", "qasim", "qassim", "kassim", "kasim")]
    [InlineData("vladimir", "wladimir", "vladimir", "wladimir", "vladimir")]
    [InlineData("kadyrov", "qadyrov", "kadirov", "qadirov", "kadyrov")]
    [InlineData("tsipras", "tzipras", "tsipras", "tzipras", "tsipras")]
    public void RomanisationVariantsShareAKey(string a, string b, string c, string d, string e)
    {
        var key = NameText.Key(a);
        Assert.All(new[] { b, c, d, e }, variant => Assert.Equal(key, NameText.Key(variant)));
    }

    [Theory]
    [InlineData("b0r1s", "boris")]
    [InlineData("p3tr0v", "petrov")]
    public void DigitsInsideAWordReadAsTheLettersTheyResemble(string disguised, string plain) =>
        Assert.Equal(NameText.Key(plain), NameText.Key(disguised));

    [Theory]
    [InlineData("2007")]
    [InlineData("4th")]
    [InlineData("b2")]
    public void NumbersStayThemselves(string token) => Assert.Same(token, NameText.Key(token));

    [Fact]
    public void LatvianJBeforeTheNominativeSReadsAsI() => Assert.Equal(NameText.Key("sergej") + "s", NameText.Key("sergejs"));

    [Theory]
    [InlineData("muller", "mueller")]
    [InlineData("schroder", "schroeder")]
    [InlineData("jager", "jaeger")]
    public void GermanUmlautSpellingsShareAKey(string folded, string spelt) => Assert.Equal(NameText.Key(folded), NameText.Key(spelt));

    [Theory]
    [InlineData("lavrov", "lebrun")]
    [InlineData("petrov", "ivanov")]
    [InlineData("kim", "kang")]
    [InlineData("hussein", "hassan")]
    [InlineData("ali", "ala")]
    [InlineData("sokolov", "sokolova")]
    public void UnrelatedNamesKeepDifferentKeys(string a, string b) => Assert.NotEqual(NameText.Key(a), NameText.Key(b));

    [Fact]
    public void FemaleSurnameKeepsItsEnding() => Assert.NotEqual(NameText.Key("ivanov"), NameText.Key("ivanova"));

    [Fact]
    public void AKeyThatIsItsOwnKeyIsTheSameInstance()
    {
        var token = "putin";
        Assert.Same(token, NameText.Key(token));
    }

    [Theory]
    [InlineData("9123456")]
    [InlineData("747")]
    [InlineData("b52")]
    public void TokensWithDigitsAreTheirOwnKey(string token) => Assert.Same(token, NameText.Key(token));

    [Theory]
    [InlineData("xi", "shi")]
    [InlineData("xin", "shin")]
    [InlineData("xiaoping", "shiaoping")]
    public void APinyinWordOpeningWithXKeysAsSh(string pinyin, string heard) => Assert.Equal(NameText.Key(pinyin), NameText.Key(heard));

    [Theory]
    [InlineData("xavier", "ksavier")]
    [InlineData("alexei", "aleksei")]
    public void XOutsidePinyinKeysAsKs(string written, string spelt) => Assert.Equal(NameText.Key(written), NameText.Key(spelt));
}
