using Embargo.Core.Model;
using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>Foreign names written in Hangul or Chinese characters against their Latin spelling.</summary>
public sealed class CrossScriptSyllableTests
{
    [Fact]
    public void CodasAreMarkedInUpperCase()
    {
        Assert.Equal("tRnR", ConsonantSkeleton.WithCodas("turner"));
        Assert.Equal("tN", ConsonantSkeleton.WithCodas("deng"));
    }

    [Fact]
    public void ARepeatedConsonantAcrossAVowelIsKeptWithCodasOnly()
    {
        Assert.Equal("brr", ConsonantSkeleton.WithCodas("pereira"));
        Assert.Equal("br", ConsonantSkeleton.Of("pereira"));
    }

    [Fact]
    public void ATokenOpeningOnAVowelKeepsAMark() =>
        Assert.StartsWith(ConsonantSkeleton.VowelStart.ToString(), ConsonantSkeleton.WithCodas("angela"), StringComparison.Ordinal);

    [Fact]
    public void AnUnwrittenRCostsLessThanANasalThanAnOnset()
    {
        var r = SoundAlignment.Cost("kstR", "kst", out _);
        var n = SoundAlignment.Cost("kstN", "kst", out _);
        var onset = SoundAlignment.Cost("kstn", "kst", out _);
        Assert.True(r < n && n < onset, $"r {r}, n {n}, onset {onset}");
    }

    [Fact]
    public void AKoreanDoubledLiquidJoinsAsOne()
    {
        Assert.Equal("bLs", TokenSimilarity.JoinSkeletons("bL", "rs", codas: true));
        Assert.Equal("brrs", TokenSimilarity.JoinSkeletons("br", "rs", codas: false));
    }

    [Theory]
    [InlineData("jeong", "jung")]
    [InlineData("jong", "chung")]
    [InlineData("choe", "choi")]
    [InlineData("myong", "myung")]
    public void RomanisationsOfOneSyllableShareTheirVowel(string a, string b) => Assert.Equal(SyllableVowel.Of(a), SyllableVowel.Of(b));

    [Theory]
    [InlineData("jong", "kwang")]
    [InlineData("jin", "cheng")]
    [InlineData("ming", "myong")]
    public void DifferentSyllablesDifferInTheirVowel(string a, string b) => Assert.NotEqual(SyllableVowel.Of(a), SyllableVowel.Of(b));

    [Theory]
    [InlineData("피터 카터", "Peter Carter")]       // the r of English is not written: pi to ka to
    [InlineData("다나카 히로시", "Hiroshi Tanaka")] // a Japanese name, family name first in Korean
    [InlineData("施罗德", "Schröder")]              // a consonant cluster split into syllables: shi luo de
    [InlineData("默克尔", "Merkel")]
    public void ForeignNamesMatchTheirLatinSpelling(string native, string latin) =>
        Assert.True(NameComparer.Compare(native, latin, EntityKind.Person).IsMatch,
            $"{native} vs {latin}: {NameComparer.Compare(native, latin, EntityKind.Person).Score:F3}");

    [Theory]
    [InlineData("우진 박", "PAK, Kwang Ho")] // 진 jin is not Kwang: a syllable's skeleton alone says too little
    [InlineData("피터 카터", "Walter Carter")] // a written l (월터 wol to) is not left out
    public void KoreanSyllablesDoNotMeetOtherSyllables(string native, string latin) =>
        Assert.False(NameComparer.Compare(native, latin, EntityKind.Person).IsMatch);

    [Fact]
    public void SyllablesPairedAsOneRunDoNotBreakTheOrder() =>
        Assert.DoesNotContain(NameComparer.Compare("다나카 히로시", "Hiroshi Tanaka", EntityKind.Person).Explanation.Features, f => f.Id == "name_order");
}
