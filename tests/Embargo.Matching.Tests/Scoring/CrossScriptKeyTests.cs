using Embargo.Core.Model;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>Across scripts a key one letter off is a romanisation variant: Russian writes Japanese ti for chi.</summary>
public sealed class CrossScriptKeyTests
{
    [Fact]
    public void AKeyOneLetterOffMatchesAcrossScripts() =>
        Assert.True(NameComparer.Compare("Мититака", "Michitaka", EntityKind.Person).IsMatch);

    [Fact]
    public void TheSameKeysBetweenLatinSpellingsKeepTheirDiscount() =>
        Assert.False(NameComparer.Compare("Mititaka", "Michitaka", EntityKind.Person).Score >= NameComparer.Compare("Мититака", "Michitaka", EntityKind.Person).Score);
}
