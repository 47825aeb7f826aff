using Embargo.Core.Model;

namespace Embargo.Matching.Tests;

public sealed class NameComparerTests
{
    [Fact]
    public void IdenticalNamesScoreOne() => Assert.Equal(1.0, NameComparer.Compare("Dmitry Shugayev", "Dmitry Shugayev").Score, 3);

    [Theory]
    [InlineData("Dmitry Shugayev", "SHUGAYEV, Dmitry")]
    [InlineData("AL-QAIDA", "AL QAIDA")]
    [InlineData("ALQAIDA", "AL QAIDA")]
    [InlineData("GRIGOR'EV", "GRIGOREV")]
    [InlineData("T.E.G. LIMITED", "TEG LIMITED")]
    [InlineData("Müller", "Muller")]
    public void SpellingVariantsMatch(string query, string listed) =>
        Assert.True(NameComparer.Compare(query, listed).IsMatch, $"{query} vs {listed}: {NameComparer.Compare(query, listed).Score}");

    [Theory]
    [InlineData("ACME CORP", "GLOBEX CORP", EntityKind.Organization)]
    [InlineData("Sergei Lavrov", "Sergei Lebrun", EntityKind.Person)]
    public void DifferentNamesDoNotMatch(string query, string listed, EntityKind kind) =>
        Assert.False(NameComparer.Compare(query, listed, kind).IsMatch);

    [Fact]
    public void TwoNamesInChineseCharactersMeetOnTheSameCharactersNotOnReadingsAlike()
    {
        Assert.False(NameComparer.Compare("张伟明", "张伟敏", EntityKind.Person).IsMatch, "ming and min are two characters");
        Assert.True(NameComparer.Compare("张伟明", "張偉明", EntityKind.Person).IsMatch, "simplified and traditional forms read the same");
        Assert.True(NameComparer.Compare("张伟明", "Zhang Weiming", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void ExplanationAlignsTokens()
    {
        var result = NameComparer.Compare("Dmitry Shugayev", "SHUGAYEV, Dmitry Evgenyevich", EntityKind.Person);
        Assert.Contains(result.Explanation.Alignment, p => p.Query == "shugayev" && p.Listed == "shugayev" && p.How == "exact");
        Assert.Contains(result.Explanation.Alignment, p => p.Query is null && p.Listed == "evgenyevich");
        Assert.Equal("name_similarity", result.Explanation.Features[0].Id);
    }

    [Fact]
    public void ListedNameWithASlashMeetsEachOfItsAlternatives()
    {
        const string listed = "Northwind Brigade/Southern Freight Alliance";
        Assert.True(NameComparer.Compare("Northwind Brigade", listed, EntityKind.Organization).IsMatch);
        Assert.True(NameComparer.Compare("Southern Freight Alliance", listed, EntityKind.Organization).IsMatch);
        Assert.Equal(listed, NameComparer.Compare("Northwind Brigade", listed, EntityKind.Organization).Explanation.MatchedName);
    }

    [Fact]
    public void SingleWordAfterASlashQualifiesTheNameRatherThanNamingIt() =>
        Assert.False(NameComparer.Compare("Front", "Northwind Liberation Party/Front", EntityKind.Organization).IsMatch);

    [Fact]
    public void QueryWithASlashIsScoredOnItsBestAlternative() =>
        Assert.True(NameComparer.Compare("Northwind Brigade/Southern Freight Alliance", "Southern Freight Alliance", EntityKind.Organization).IsMatch);

    [Fact]
    public void ScreeningFindsAListedNameByOneOfItsAlternatives()
    {
        var index = ScreeningIndex.Build([new ListEntry
        {
            Id = "t:1", Source = "t", SourceId = "1", Kind = EntityKind.Organization,
            Name = new EntryName { Full = "Northwind Brigade/Southern Freight Alliance" },
        }]);
        var results = index.Screen(new MatchQuery { Name = "Southern Freight Alliance" }, MatchOptions.Default);
        Assert.Contains(results, r => r.IsMatch && r.MatchedName.Full == "Northwind Brigade/Southern Freight Alliance");
        var compared = NameComparer.Compare("Southern Freight Alliance", "Northwind Brigade/Southern Freight Alliance", EntityKind.Organization);
        Assert.Equal(compared.Score, Assert.Single(results).Score, 6);
    }

    [Theory]
    [InlineData("Shi Jinping", "Xi Jinping")]
    [InlineData("Xi Jinping", "SHI Jinping")]
    public void PinyinXIsHeardAndWrittenAsSh(string query, string listed) =>
        Assert.True(NameComparer.Compare(query, listed, EntityKind.Person).IsMatch);

    [Fact]
    public void AVesselsNameThatDiffersInItsNumberAloneIsAMatchToReview()
    {
        Assert.True(NameComparer.Compare("SNOW STORM 1", "SNOW STORM 2", EntityKind.Vessel).IsMatch);
        Assert.True(NameComparer.Compare("ZU ZAG BONG 6", "ZU ZAG BONG 5", EntityKind.Vessel).IsMatch);
        // A company's number is no such detail (Apollo Fund VIII, IX), nor a vessel's name words.
        Assert.False(NameComparer.Compare("SNOW STORM 1", "SNOW STORM 2", EntityKind.Organization).IsMatch);
        Assert.False(NameComparer.Compare("LADY LEILA 2", "LADY RANIA 2", EntityKind.Vessel).IsMatch);
    }
}
