using Embargo.Core.Model;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>Alignment rules, stated as rankings and verdicts rather than exact scores.</summary>
public sealed class NameAlignerTests
{
    [Fact]
    public void AcronymMeetsItsWords() =>
        Assert.Contains(NameComparer.Compare("PLA", "People's Liberation Army", EntityKind.Organization).Explanation.Alignment, p => p.How == "acronym");

    [Fact]
    public void EquivalentLegalFormsPair() =>
        Assert.Contains(NameComparer.Compare("Siemens AG", "Siemens Aktiengesellschaft", EntityKind.Organization).Explanation.Alignment, p => p.How == "legal_form");

    [Fact]
    public void SwappedLineageIsAnotherPerson()
    {
        var swapped = NameComparer.Compare("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI", EntityKind.Person);
        var reversed = NameComparer.Compare("AL-RAWI MUHAMMAD BIN SALMAN", "MUHAMMAD BIN SALMAN AL-RAWI", EntityKind.Person);
        Assert.Contains(swapped.Explanation.Features, f => f.Id == "name_order");
        Assert.DoesNotContain(reversed.Explanation.Features, f => f.Id == "name_order");
        Assert.True(reversed.Score > swapped.Score);
    }

    [Fact]
    public void DifferentFamilyNameCostsMoreThanAMissingMiddleName()
    {
        var missing = NameComparer.Compare("HASAN AL-DULAIMI", "HASAN IBRAHIM AL-DULAIMI", EntityKind.Person).Score;
        var different = NameComparer.Compare("HASAN IBRAHIM AL-TIKRITI", "HASAN IBRAHIM AL-DULAIMI", EntityKind.Person).Score;
        Assert.True(missing > different, $"{missing} vs {different}");
    }

    [Fact]
    public void HebrewNameMeetsItsLatinSpelling() =>
        Assert.True(NameComparer.Compare("מל רוזנברג", "Mel Rosenberg", EntityKind.Person).IsMatch);

    [Fact]
    public void KoreanNameMeetsItsLatinSpelling() =>
        Assert.True(NameComparer.Compare("박도춘", "Pak To-chun", EntityKind.Person).IsMatch);
}
