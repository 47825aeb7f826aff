using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class TransliterationTests
{
    [Fact]
    public void RussianUsesBgn() =>
        Assert.Equal("patrushev nikolay platonovich", NameText.Fold("Патрушев Николай Платонович"));

    [Fact]
    public void UkrainianLettersChooseUkrainianBgn() => Assert.Equal("yuriy shuhayev", NameText.Fold("Юрій Шугаєв"));

    [Fact]
    public void BelarusianLettersChooseBelarusianBgn() =>
        Assert.StartsWith("lukash", NameText.Fold("Лукашэнка Аляксандр Рыгоравіч"), StringComparison.Ordinal);

    [Fact]
    public void KazakhLettersChooseKazakhBgn() => Assert.Equal("nursultan", NameText.Fold("Нұрсұлтан"));

    [Fact]
    public void SoftAndHardSignsLeaveNoQuote() => Assert.Equal("grigoryev obyekt", NameText.Fold("Григорьев Объект"));

    [Fact]
    public void GreekUsesUngegn() => Assert.Equal("giorgos papadopoulos", NameText.Fold("Γιώργος Παπαδόπουλος"));

    [Fact]
    public void ArabicVowelLettersAreReadAsVowels() => Assert.Equal("sisuku", NameText.Fold("سيسوكو"));

    [Fact]
    public void ArabicArticleIsAWordOfItsOwn() => Assert.StartsWith("al ", NameText.Fold("العراقي"), StringComparison.Ordinal);

    [Fact]
    public void ArabicFeminineEndingAndAlefMaksuraAreA()
    {
        Assert.Equal("asama", NameText.Fold("أسامة"));
        Assert.Equal("isa musa", NameText.Fold("عيسى موسى"));
    }

    [Fact]
    public void ArabicMeetsLatinOnTheSkeleton()
    {
        var arabic = NameText.Tokenize(NameText.Fold("محمد"));
        Assert.Equal(NameText.Skeleton("muhammad"), NameText.Skeleton(Assert.Single(arabic)));
        Assert.Equal(NameText.Skeleton("mohamed"), NameText.Skeleton(Assert.Single(arabic)));
    }

    [Fact]
    public void HebrewGereshMakesJ() => Assert.Equal("junsun", NameText.Fold("ג'ונסון"));

    [Fact]
    public void HebrewShinIsSh() => Assert.StartsWith("shl", NameText.Fold("שלום"), StringComparison.Ordinal);

    [Fact]
    public void HebrewRosenbergMeetsLatinOnTheSkeleton() =>
        Assert.Equal(NameText.Skeleton("rosenberg"), NameText.Skeleton(NameText.Fold("רוזנברג")));

    [Fact]
    public void ChineseNameSplitsSurnameFromGivenName() => Assert.Equal("xi jinping", NameText.Fold("习近平"));

    [Fact]
    public void ChineseLongRunIsOneWord() => Assert.Equal("shiniteke", NameText.Fold("施尼特克"));

    [Fact]
    public void ChineseForeignNamePartsAroundAMiddleDotStayWhole() => Assert.Equal("yuehan shimisi", NameText.Fold("约翰·史密斯"));

    [Fact]
    public void KoreanNameIsOneWordPerSyllableAsListsWriteIt()
    {
        Assert.Equal("pak to chun", NameText.Fold("박도춘"));
        Assert.Equal("kim jong un", NameText.Fold("김정은"));
        Assert.Equal("choe ryong hae", NameText.Fold("최룡해"));
    }

    [Fact]
    public void KoreanForeignWordDropsTheAddedVowels() => Assert.Equal("stib", NameText.Fold("스티브"));

    [Fact]
    public void AForeignNameInHangulIsOneWordPerWord()
    {
        // Words longer than a Korean given name: a foreign name, each word whole (Roberto Mancini; Hayashi Yoshio).
        Assert.Equal("roberto mansini", NameText.Fold("로베르토 만시니"));
        Assert.Equal("hayasi yosio", NameText.Fold("하야시 요시오"));
        // A Korean name written given name first keeps its syllables apart.
        Assert.Equal("jun yong choe", NameText.Fold("준영 최"));
    }

    [Theory]
    [InlineData("김정은", true)]
    [InlineData("남궁민수", true)]
    [InlineData("준영 최", true)]
    [InlineData("김 정은", true)]
    [InlineData("미영 우진 최", true)]
    [InlineData("하야시 요시오", false)]
    [InlineData("로버트 스미스", false)]
    [InlineData("아가토클레스", false)]
    [InlineData("폴 그린", false)] // Paul Green: no character reads 폴
    [InlineData("샘 콜", false)]
    public void KoreanNamesAreToldFromForeignNamesByTheirShape(string name, bool korean) =>
        Assert.Equal(korean, HangulRomanizer.IsKoreanNameShape(name));

    [Fact]
    public void AHebrewParticleOfOneConsonantEndsInE()
    {
        Assert.Equal("de", NameText.Fold("דה"));
        Assert.Equal("eimi", NameText.Fold("איימי")); // an alef and double yod opening a word: the diphthong
    }

    [Theory]
    [InlineData("lee", "i")]
    [InlineData("hee", "hui")]
    public void AnEeIsTheVowelI(string a, string b) => Assert.Equal(SyllableVowel.Of(a), SyllableVowel.Of(b));

    [Fact]
    public void JapaneseKanaBecomeLatin() => Assert.Equal("shigematsu kentarou", NameText.Fold("シゲマツ ケンタロウ"));

    [Theory]
    [InlineData("ჯუღაშვილი", "jughashvili")]
    [InlineData("Արամ", "aram")]
    [InlineData("नरेन्द्र मोदी", "narendra modi")]
    public void OtherScriptsGoThroughAnyLatin(string name, string folded) => Assert.Equal(folded, NameText.Fold(name));

    [Fact]
    public void ThaiBecomesLatinLetters() => Assert.Matches("^[a-z ]+$", NameText.Fold("ทักษิณ ชินวัตร"));

    [Theory]
    [InlineData("محمد", true)]
    [InlineData("מל רוזנברג", true)]
    [InlineData("Kim 김정은", true)]
    [InlineData("习近平", true)]
    [InlineData("Шугаев", false)]
    [InlineData("Müller", false)]
    public void ScriptsWithFewVowelsAreNamed(string name, bool few) => Assert.Equal(few, NameText.WritesFewVowels(name));

    [Fact]
    public void LatinTextIsReturnedUntouched()
    {
        var text = "Dmitry Shugayev";
        Assert.Same(text, Transliteration.ToLatin(text));
    }

    [Fact]
    public void ManyThreadsGetTheSameResults()
    {
        string[] names = ["Патрушев Николай", "محمد بن سلمان", "מל רוזנברג", "习近平", "박도춘", "Γιώργος", "シゲマツ"];
        var expected = Array.ConvertAll(names, NameText.Fold);
        var failures = 0;
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var n = i % names.Length;
            if (!string.Equals(NameText.Fold(names[n]), expected[n], StringComparison.Ordinal)) Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }
}
