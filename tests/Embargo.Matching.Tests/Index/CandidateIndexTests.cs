using Embargo.Matching.Index;

namespace Embargo.Matching.Tests.Index;

public sealed class CandidateIndexTests
{
    [Theory]
    [InlineData("iang", "jang")] // one letter different
    [InlineData("iang", "ang")] // one letter fewer
    [InlineData("tian", "tiani")] // one letter more
    [InlineData("tian", "itan")] // two letters swapped
    [InlineData("muhamad", "muhammed")] // two edits in eight letters: a fuzzy match still
    public void KeysAFuzzyMatchCouldPairAreNear(string key, string near) =>
        Assert.True(CandidateIndex.IsWithinFuzzyReach(key, near));

    [Theory]
    [InlineData("iang", "iran")] // yang and Iran share "ian" after one deletion each, but are two edits apart
    [InlineData("tian", "ivan")]
    [InlineData("jung", "juhn")]
    public void KeysTwoEditsApartInFourLettersAreNotNear(string key, string near) =>
        Assert.False(CandidateIndex.IsWithinFuzzyReach(key, near));
}
