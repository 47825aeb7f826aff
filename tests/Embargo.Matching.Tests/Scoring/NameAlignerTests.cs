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

    [Fact]
    public void SwappedFatherAndSonInThreeTokensIsAnotherPerson()
    {
        var swapped = NameComparer.Compare("Khalid bin Walid", "Walid bin Khalid", EntityKind.Person);
        Assert.Contains(swapped.Explanation.Features, f => f.Id == "lineage_swapped");
        Assert.False(swapped.IsMatch);
        Assert.DoesNotContain(NameComparer.Compare("Khalid bin Walid", "Khalid ibn al-Walid", EntityKind.Person).Explanation.Features,
            f => f.Id == "lineage_swapped");
    }

    [Fact]
    public void NumberPhraseDoesNotBreakTheOrder()
    {
        var result = NameComparer.Compare("Regiment Twenty-Two North", "Regiment 22 North", EntityKind.Organization);
        Assert.DoesNotContain(result.Explanation.Features, f => f.Id == "name_order");
        Assert.True(result.Score > 0.95, $"{result.Score}");
    }

    [Fact]
    public void ExtraWordInACompanyQueryCostsAsMuchAsAMissingOne()
    {
        var extraInQuery = NameComparer.Compare("Northwind Freight Holdings", "Northwind Freight", EntityKind.Organization).Score;
        var missingInQuery = NameComparer.Compare("Northwind Freight", "Northwind Freight Holdings", EntityKind.Organization).Score;
        Assert.Equal(missingInQuery, extraInQuery, 3);
        Assert.False(NameComparer.Compare("Northwind Trust Company", "Northwind", EntityKind.Organization).IsMatch);
    }

    [Fact]
    public void ANumberOnlyOneOrganisationsNameHasTellsSisterEntitiesApart()
    {
        var sister = NameComparer.Compare("Nordlicht Versand Partners", "Nordlicht Versand Partners II", EntityKind.Organization);
        var next = NameComparer.Compare("Nordlicht Versand Fund III", "Nordlicht Versand Fund IV", EntityKind.Organization);
        var same = NameComparer.Compare("Nordlicht Versand Fund III", "Nordlicht Versand Fund 3", EntityKind.Organization);
        Assert.Contains(sister.Explanation.Features, f => f.Id == "number_mismatch");
        Assert.False(sister.IsMatch);
        Assert.False(next.IsMatch);
        Assert.DoesNotContain(same.Explanation.Features, f => f.Id == "number_mismatch");
        Assert.True(same.IsMatch);
        Assert.True(NameComparer.Compare("Nordlicht Versand Partners", "Nordlicht Versand Partners II").IsMatch, "a person's regnal number is not a sister entity");
    }

    [Fact]
    public void LegalFormsOfDifferentKindsLowerTheScore()
    {
        var differ = NameComparer.Compare("Nordlicht Versand AG", "Nordlicht Versand GmbH", EntityKind.Organization);
        var same = NameComparer.Compare("Nordlicht Versand AG", "Nordlicht Versand Aktiengesellschaft", EntityKind.Organization);
        var loose = NameComparer.Compare("Nordlicht Versand Inc", "Nordlicht Versand GmbH", EntityKind.Organization);
        Assert.Contains(differ.Explanation.Features, f => f.Id == "legal_form_mismatch");
        Assert.False(differ.IsMatch);
        Assert.DoesNotContain(same.Explanation.Features, f => f.Id == "legal_form_mismatch");
        Assert.DoesNotContain(loose.Explanation.Features, f => f.Id == "legal_form_mismatch");
        Assert.True(NameComparer.Compare("Nordlicht Versand", "Nordlicht Versand GmbH", EntityKind.Organization).IsMatch);
    }

    [Fact]
    public void ShortFormOfAGivenNameMatches()
    {
        var result = NameComparer.Compare("Bill Hartwell", "William HARTWELL", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score}");
        Assert.Contains(result.Explanation.Alignment, p => p.Query == "bill" && p.Listed == "william" && p.How == "given_name_variant");
        Assert.False(NameComparer.Compare("Bill Hartwell", "Robert Hartwell", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void LineageParticleInsideANameIsNoShortForm() =>
        Assert.DoesNotContain(NameComparer.Compare("Musa ben Yusuf", "Musa Benjamin Yusuf", EntityKind.Person).Explanation.Alignment,
            p => p.How == "given_name_variant");

    [Fact]
    public void BalticNominativeEndingMatches()
    {
        var result = NameComparer.Compare("Andrejs Petrovs", "Andrey PETROV", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score}");
        Assert.Contains(result.Explanation.Alignment, p => p.How == "inflection");
    }

    [Fact]
    public void MissingPatronymicCostsLessThanAMissingGivenName()
    {
        var patronymic = NameComparer.Compare("Ivan Petrov", "Ivan Sergeyevich Petrov", EntityKind.Person);
        var givenName = NameComparer.Compare("Ivan Petrov", "Ivan Roman Petrov", EntityKind.Person).Score;
        Assert.True(patronymic.Score > givenName, $"{patronymic.Score} vs {givenName}");
        Assert.Contains(patronymic.Explanation.Alignment, p => p.Listed == "sergeyevich" && p.How == "unmatched_ancestry");
    }

    [Fact]
    public void MissingForefatherCostsLessThanAMissingGivenName()
    {
        var forefather = NameComparer.Compare("Yusuf bin Tariq", "Yusuf bin Hamid ibn Tariq", EntityKind.Person).Score;
        var givenName = NameComparer.Compare("Yusuf bin Tariq", "Yusuf Hamid bin Tariq", EntityKind.Person).Score;
        Assert.True(forefather > givenName, $"{forefather} vs {givenName}");
    }

    [Fact]
    public void DifferentFathersStillConflict() =>
        Assert.False(NameComparer.Compare("Yusuf bin Hamid", "Yusuf bin Tariq", EntityKind.Person).IsMatch);

    [Theory]
    [InlineData("Abd al-Karim Haddad", "Abdul Karim Haddad")]
    [InlineData("Abdelkarim Haddad", "Abd al-Karim Haddad")]
    public void ArabicArticleMeetsItsRunTogetherSpelling(string query, string listed)
    {
        var result = NameComparer.Compare(query, listed, EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score}");
        Assert.Contains(result.Explanation.Alignment, p => p.How == "compound");
    }

    [Fact]
    public void OnlyAParticleVowelIsForgiven() =>
        Assert.DoesNotContain(NameComparer.Compare("Bakir Omar", "Bak Ir Omar", EntityKind.Person).Explanation.Alignment,
            p => p.How == "compound" && p.Similarity < 1);

    [Fact]
    public void AbbreviatedCompanyWordMatchesInAnyOrder()
    {
        var result = NameComparer.Compare("Harbor Shipping Intl", "Harbor International Shipping", EntityKind.Organization);
        Assert.True(result.IsMatch, $"{result.Score}");
        Assert.Contains(result.Explanation.Alignment, p => p.Query == "intl" && p.How == "abbreviation");
        Assert.DoesNotContain(result.Explanation.Features, f => f.Id == "name_order");
    }

    [Fact]
    public void PersonsDoNotAbbreviate() =>
        Assert.DoesNotContain(NameComparer.Compare("Mgmt Smith", "Management Smith", EntityKind.Person).Explanation.Alignment,
            p => p.How == "abbreviation");

    [Fact]
    public void ScrambledSurnameBesideAMatchingGivenNameMatches()
    {
        var result = NameComparer.Compare("Angela lekreM", "Angela Merkel", EntityKind.Person);
        Assert.True(result.IsMatch, $"{result.Score}");
        Assert.Contains(result.Explanation.Alignment, p => p.Query == "lekrem" && p.How == "anagram");
    }

    [Fact]
    public void ScrambledNameAloneIsNoMatch()
    {
        Assert.False(NameComparer.Compare("LEKREM", "MERKEL", EntityKind.Person).IsMatch);
        Assert.False(NameComparer.Compare("alegna lekrem", "Angela Merkel", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void ShortTokensInAnotherOrderAreAnotherName() =>
        Assert.DoesNotContain(NameComparer.Compare("Mira Kowalski", "Amir Kowalski", EntityKind.Person).Explanation.Alignment,
            p => p.How == "anagram");

    [Fact]
    public void LegalFormMisspeltByOneLetterPairsWithTheForm()
    {
        var result = NameComparer.Compare("Nordlicht Versand AG", "Nordlicht Versand AkG", EntityKind.Organization);
        Assert.True(result.IsMatch, $"{result.Score}");
        Assert.Contains(result.Explanation.Alignment, p => p.Query == "ag" && p.Listed == "akg" && p.How == "misspelt_legal_form");
    }

    [Fact]
    public void OnlyALegalFormWhereLegalFormsStandIsMisspelt()
    {
        Assert.DoesNotContain(NameComparer.Compare("Agg Nordlicht Versand", "Nordlicht Versand AG", EntityKind.Organization).Explanation.Alignment,
            p => p.How == "misspelt_legal_form");
        Assert.DoesNotContain(NameComparer.Compare("Nordlicht Versand Agk", "Nordlicht Versand AG", EntityKind.Person).Explanation.Alignment,
            p => p.How == "misspelt_legal_form");
    }

    [Fact]
    public void LineageParticleGoesWithTheForefathersNameItIntroduces() =>
        Assert.Contains(NameComparer.Compare("Khalid bin Walid", "Khalid bin Walid ibn Saad", EntityKind.Person).Explanation.Alignment,
            p => p.Listed == "ibn" && p.How == "unmatched_ancestry");

    [Fact]
    public void OneVowelApartIsCloserThanOneConsonantApart()
    {
        var vowel = NameComparer.Compare("Tariq Haddad", "Tariq Haddid", EntityKind.Person).Score;
        var consonant = NameComparer.Compare("Tariq Haddad", "Tariq Haddar", EntityKind.Person).Score;
        Assert.True(vowel > consonant, $"{vowel} vs {consonant}");
        Assert.Contains(NameComparer.Compare("Tariq Haddad", "Tariq Haddid", EntityKind.Person).Explanation.Alignment, p => p.How == "vowel_variant");
    }

    [Fact]
    public void NameWrittenBackwardsMeetsTheNameReadBack()
    {
        var result = NameComparer.Compare("alegnA lekreM", "Angela Merkel", EntityKind.Person);
        Assert.True(result.Score > 0.95, $"{result.Score}");
        Assert.Equal("Merkel Angela", result.Explanation.QueryName);
    }
}
