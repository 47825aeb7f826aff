using Embargo.Core.Model;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Matching.Tests.Ranking;

/// <summary>One index over OFAC SDN 2024-05, OFAC consolidated 2025-12 and the UN list, built once per test class.</summary>
public sealed class ListsIndexFixture
{
    private readonly Lazy<ScreeningIndex> _index = new(Build);

    public ScreeningIndex Index => _index.Value;

    public IReadOnlyList<MatchResult> Screen(string name, EntityKind? kind = null, string? id = null) =>
        Index.Screen(new MatchQuery { Name = name, Kind = kind, IdNumber = id }, MatchOptions.Default);

    private static ScreeningIndex Build()
    {
        var entries = new List<ListEntry>();
        foreach (var path in new[] { "ofac-sdn-2024-05", "ofac-cons-2025-12", Path.Combine("un-2026-02-27", "consolidated.xml") })
        {
            var list = ListFormatDetector.DetectOne([SharedData.Path("lists", path)], null);
            var parse = list.Parser.ParseAsync(list.Files, new ParseContext(), default).GetAsyncEnumerator();
            while (parse.MoveNextAsync().AsTask().GetAwaiter().GetResult()) entries.Add(parse.Current);
        }
        return ScreeningIndex.Build(entries);
    }
}
