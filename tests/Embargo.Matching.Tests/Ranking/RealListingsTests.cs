using Embargo.Core.Model;
using Embargo.Testing;

namespace Embargo.Matching.Tests.Ranking;

/// <summary>The hard cases of the issue, against the real lists: the listed party must come first and match.</summary>
public sealed class RealListingsTests(ListsIndexFixture lists) : IClassFixture<ListsIndexFixture>
{
    [SharedDataTheory]
    [InlineData("Vladimir Putin", "us-ofac-sdn:35096")]
    [InlineData("Putin Vladimir", "us-ofac-sdn:35096")]
    [InlineData("PUTIN, Vladimir V.", "us-ofac-sdn:35096")]
    [InlineData("Sergei Lavrov", "us-ofac-sdn:35233")]
    [InlineData("Sergey Lavrov", "us-ofac-sdn:35233")]
    [InlineData("Nikolay Patrushev", "us-ofac-sdn:24309")]
    [InlineData("Dmitry Shugaev", "us-ofac-sdn:35746")]
    [InlineData("Presidency of Defense Industries", "us-ofac-cons:27016")]
    [InlineData("Defense Industries Presidency", "us-ofac-cons:27016")]
    [InlineData("Rosoboronexport", "us-ofac-sdn:18782")]
    [InlineData("JSC Rosoboronexport", "us-ofac-sdn:18782")]
    [InlineData("Rosoboronexport OAO", "us-ofac-sdn:18782")]
    [InlineData("SBERBANK OF RUSSIA PJSC", "us-ofac-sdn:17018", "us-ofac-cons:17018")]
    [InlineData("Шугаев Дмитрий", "us-ofac-sdn:35746")]
    [InlineData("Путин Владимир Владимирович", "us-ofac-sdn:35096")]
    [InlineData("Сергей Лавров", "us-ofac-sdn:35233")]
    [InlineData("李尚福", "us-ofac-sdn:24838")]
    public void ListedPartyComesFirstAndMatches(string query, string entityId, string? alsoListedAs = null)
    {
        var results = lists.Screen(query);
        Assert.NotEmpty(results);
        Assert.True(results[0].Entry.Id == entityId || results[0].Entry.Id == alsoListedAs, $"{query}: first was {results[0].Entry.Id} {results[0].Entry.Name.Full} {results[0].Score:F3}");
        Assert.True(results[0].IsMatch, $"{query}: {results[0].Score:F3}");
    }

    [SharedDataTheory]
    [InlineData("AL QAIDA")]
    [InlineData("AL-QAIDA")]
    [InlineData("ALQAIDA")]
    public void PunctuationAndSpacingDoNotHideAlQaida(string query)
    {
        var results = lists.Screen(query, EntityKind.Organization);
        Assert.Contains(results, r => r.IsMatch && r.Entry.Name.Full.Contains("QA", StringComparison.OrdinalIgnoreCase));
    }

    [SharedDataTheory]
    [InlineData("Mohammed")]
    [InlineData("Company")]
    [InlineData("Corp")]
    [InlineData("Trading LLC")]
    [InlineData("Al")]
    public void CommonTokenAloneDoesNotMatch(string query) =>
        Assert.DoesNotContain(lists.Screen(query), r => r.IsMatch);

    [SharedDataFact]
    public void VesselIsFoundByNameWithPrefixAndByImo()
    {
        Assert.Equal("us-ofac-sdn:40560", lists.Screen("M/V ANATTA", EntityKind.Vessel)[0].Entry.Id);
        var byImo = lists.Screen("Unknown Yacht", EntityKind.Vessel, id: "IMO 1011159");
        Assert.Contains(byImo, r => r.Entry.Id == "us-ofac-sdn:40560" && r.IsMatch);
    }

    [SharedDataFact]
    public void AVesselAskedForWithAnotherNumberMeetsItsSisterShip()
    {
        // HYOK SIN 2 (IMO 8018900) is listed; a HYOK SIN 3 in a shipping document is a match to check against the IMO number.
        var results = lists.Screen("HYOK SIN 3", EntityKind.Vessel);
        Assert.Equal("us-ofac-sdn:17088", results[0].Entry.Id);
        Assert.True(results[0].IsMatch);
    }

    [SharedDataFact]
    public void IndexFindsWhatExhaustiveScoringFinds()
    {
        foreach (var query in new[] { "Vladimir Putin", "Sergei Lavrov", "Rosoboronexport", "Nikolai Patrushev" })
        {
            var indexed = lists.Index.Screen(new MatchQuery { Name = query }, MatchOptions.Default);
            var exhaustive = lists.Index.Screen(new MatchQuery { Name = query }, MatchOptions.Default with { Exhaustive = true });
            Assert.Equal(exhaustive[0].Entry.Id, indexed[0].Entry.Id);
        }
    }
}
