using Embargo.Core.Model;
using Embargo.Testing;

namespace Embargo.Matching.Tests.Ranking;

/// <summary>
/// A name prepared once and kept (monitoring's cache) screens exactly as a name prepared afresh, on every index it meets,
/// however often, and whatever the statistics each index weighs it by.
/// </summary>
public sealed class QueryNameCacheTests(ListsIndexFixture lists) : IClassFixture<ListsIndexFixture>
{
    private static readonly string[] Names =
    [
        "Vladimir Putin", "PUTIN, Vladimir V.", "Шугаев Дмитрий", "李尚福", "JSC Rosoboronexport", "Sberbank of Russia PJSC",
        "Zebulon Quarrington", "Arven Tallisker Beluna", "Mohammed Al Said", "Kim Jong", "Bank Melli Iran",
    ];

    [SharedDataFact]
    public void CachedNamesScreenAsFreshNamesOnTheFullIndexAndOnADeltaIndex()
    {
        // A delta index (as monitoring builds it): a slice of the entries, weighed by the full index's statistics.
        var delta = ScreeningIndex.Build(lists.Index.Entries.Where((_, i) => i % 25 == 0), lists.Index);
        var own = ScreeningIndex.Build(lists.Index.Entries.Where((_, i) => i % 40 == 0));
        var options = new MatchOptions { Threshold = 0.7, Cutoff = 0.5, Limit = 10 };
        var cache = new QueryNameCache();

        for (var round = 0; round < 2; round++)
        {
            foreach (var index in new[] { lists.Index, delta, own })
            {
                foreach (var name in Names)
                {
                    foreach (var kind in new EntityKind?[] { null, EntityKind.Person, EntityKind.Organization })
                    {
                        var query = new MatchQuery { Name = name, Kind = kind };
                        Assert.Equal(Describe(index.Screen(query, options)), Describe(index.Screen(query, options, cache)));
                    }
                }
            }
            cache.NextGeneration();
        }
        Assert.Equal(Names.Length * 3, cache.Count);
    }

    [Fact]
    public void NamesNotAskedForDuringAGenerationAreDropped()
    {
        var index = ScreeningIndex.Build([new ListEntry { Id = "x:1", Source = "x", SourceId = "1", Kind = EntityKind.Person, Name = new EntryName { Full = "Ottoline Brackwater" } }]);
        var cache = new QueryNameCache();
        index.Screen(new MatchQuery { Name = "Ottoline Brackwater" }, MatchOptions.Default, cache);
        index.Screen(new MatchQuery { Name = "Zebulon Quarrington" }, MatchOptions.Default, cache);
        cache.NextGeneration();
        index.Screen(new MatchQuery { Name = "Ottoline Brackwater" }, MatchOptions.Default, cache);
        cache.NextGeneration();

        Assert.Equal(1, cache.Count);
    }

    private static List<string> Describe(IReadOnlyList<MatchResult> results) =>
        results.Select(r => $"{r.Entry.Id} {r.MatchedName.Full} {r.Score:R} {r.IsMatch} " +
                            string.Join(';', r.Explanation.Alignment.Select(t => $"{t.Query}/{t.Listed}/{t.Similarity:R}/{t.Weight:R}")) + " " +
                            string.Join(';', r.Explanation.Features.Select(f => $"{f.Id}={f.Contribution:R}"))).ToList();
}
