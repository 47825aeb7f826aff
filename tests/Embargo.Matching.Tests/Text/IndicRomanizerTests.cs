using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

/// <summary>Hindi, Bengali and Punjabi names come out as they are spelt in Latin, not in the scholarly transliteration.</summary>
public sealed class IndicRomanizerTests
{
    [Theory]
    [InlineData("राहुल गांधी", "rahul gandhi")]
    [InlineData("अमित शाह", "amit shah")]
    [InlineData("हाफ़िज़ मुहम्मद सईद", "hafiz muhammad said")]
    [InlineData("आनन्द", "anand")]
    public void TheInherentVowelAtAWordsEndIsDropped(string native, string latin) => Assert.Equal(latin, NameText.Fold(native));

    [Theory]
    [InlineData("नरेन्द्र मोदी", "narendra modi")]
    [InlineData("कृष्ण", "krishna")]
    [InlineData("धर्म", "dharma")]
    public void TheInherentVowelAfterAClusterStays(string native, string latin) => Assert.Equal(latin, NameText.Fold(native));

    [Theory]
    [InlineData("मुजीबुर रहमान", "mujibur rahman")]
    [InlineData("मसूद अज़हर", "masud azhar")]
    [InlineData("विजयकुमार", "vijaykumar")]
    [InlineData("संजय", "sanjay")]
    public void TheInherentVowelBetweenSyllablesIsDroppedButNeverTwoInARow(string native, string latin) =>
        Assert.Equal(latin, NameText.Fold(native));

    [Theory]
    [InlineData("चन्द्रशेखर", "chandrashekhar")]
    [InlineData("छाया", "chhaya")]
    [InlineData("ऋषि", "rishi")]
    public void ScholarlyLettersAreSpeltAsNamesSpellThem(string native, string latin) => Assert.Equal(latin, NameText.Fold(native));

    [Theory]
    [InlineData("मनमोहन सिंह", "manmohan singh")]
    [InlineData("ਮਨਮੋਹਨ ਸਿੰਘ", "manmohan singh")]
    [InlineData("ਮੁਹੰਮਦ", "muhammad")]
    [InlineData("चम्पारण", "champaran")]
    public void NasalsAreSpeltByTheConsonantThatFollows(string native, string latin) => Assert.Equal(latin, NameText.Fold(native));

    [Fact]
    public void BengaliNamesMeetTheirLatinSpelling() =>
        Assert.Equal("mohammad shamsuddin", NameText.Fold("মোহাম্মদ শামসুদ্দিন"));

    [Fact]
    public void AWordOfTensOfThousandsOfLettersIsRomanisedWithoutFailing() =>
        Assert.StartsWith("rahul", NameText.Fold("राहुल" + string.Concat(Enumerable.Repeat("क", 50_000))), StringComparison.Ordinal);

    [Fact]
    public void AOneSyllableWordKeepsItsVowel() => Assert.Equal("na", NameText.Fold("न"));

    [Fact]
    public void TwoBengaliNamesThatDifferInTheirSecondPartDoNotMatch() =>
        Assert.False(NameComparer.Compare("মোহাম্মদ শামসুদ্দিন", "মোহাম্মদ সাহাবুদ্দিন").IsMatch);

    [Theory]
    [InlineData("नरेन्द्र मोदी", "Narendra Modi")]
    [InlineData("ਅੰਮ੍ਰਿਤਪਾਲ ਸਿੰਘ", "Amritpal Singh")]
    [InlineData("শেখ হাসিনা", "Sheikh Hasina")]
    [InlineData("मसूद अज़हर", "Masood Azhar")]
    public void NativeNamesMatchTheirLatinListing(string native, string latin)
    {
        var comparison = NameComparer.Compare(native, latin);
        Assert.True(comparison.IsMatch, $"{native} against {latin}: {comparison.Score}");
    }
}
