using Embargo.Core.Model;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;
using Embargo.Matching.Index;
using Embargo.Matching.Scoring;
using Embargo.Testing;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>
/// Screening skips a name whose bound is below reach; that is only safe while the bound is never below the
/// aligner's score. Checked on real queries (synthetic negatives and damaged UN positives) against every UN name.
/// </summary>
public sealed class NameScoreBoundTests
{
    private const int QueriesPerFile = 60;

    [SharedDataFact]
    public void BoundIsNeverBelowTheAlignedScore()
    {
        var (listed, organisation, statistics) = UnNames();
        var queries = Names("negatives_global.csv", 0).Concat(Names("un_positives_treated.csv", 1)).ToList();
        var checkedPairs = 0;
        var pruned = 0;
        foreach (var text in queries)
        {
            var query = PreparedName.Create(text, EntityKind.Unknown);
            query.Weigh(statistics);
            var querySketch = NameSketch.Of(query);
            for (var k = 0; k < listed.Count; k++)
            {
                var score = NameAligner.Score(query, listed[k].Name, organisation[k]).Score;
                var bound = NameScoreBound.Of(query, querySketch, listed[k].Name, listed[k].Sketch, organisation[k]);
                Assert.True(bound >= score, $"'{text}' vs '{listed[k].Name.Original}': bound {bound} below score {score}");
                checkedPairs++;
                if (bound < 0.53) pruned++;
            }
        }
        // The bound must also be useful: most pairs of unrelated names fall below reach.
        Assert.True(pruned > checkedPairs / 4, $"{pruned} of {checkedPairs} pairs below reach");
    }

    private static (List<(PreparedName Name, NameSketch Sketch)> Names, List<bool> Organisation, TokenStatistics Statistics) UnNames()
    {
        var list = ListFormatDetector.DetectOne([SharedData.Path("lists", "un-2026-02-27", "consolidated.xml")], null);
        var names = new List<(PreparedName, NameSketch)>();
        var organisation = new List<bool>();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var parse = list.Parser.ParseAsync(list.Files, new ParseContext(), default).GetAsyncEnumerator();
        while (parse.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            var entry = parse.Current;
            foreach (var name in (EntryName[])[entry.Name, .. entry.Aliases])
            {
                var prepared = PreparedName.Create(name.Full, entry.Kind);
                if (prepared.Length == 0) continue;
                names.Add((prepared, null!));
                organisation.Add(entry.Kind == EntityKind.Organization);
                foreach (var key in prepared.Keys.Distinct(StringComparer.Ordinal)) frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }
        var statistics = new TokenStatistics(frequency, names.Count);
        for (var k = 0; k < names.Count; k++)
        {
            names[k].Item1.Weigh(statistics);
            names[k] = (names[k].Item1, NameSketch.Of(names[k].Item1));
        }
        return (names, organisation, statistics);
    }

    // The name column of a benchmark file, read at run time (never copied into the repository).
    private static IEnumerable<string> Names(string file, int column) =>
        File.ReadLines(SharedData.Path("bench", "screening", file)).Skip(1).Select(line => Field(line, column))
            .Where(name => name.Length > 0).Take(QueriesPerFile);

    private static string Field(string line, int column)
    {
        var field = 0;
        var quoted = false;
        var value = new System.Text.StringBuilder();
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                if (field == column) return value.ToString();
                field++;
                value.Clear();
            }
            else if (field == column) value.Append(c);
        }
        return field == column ? value.ToString() : "";
    }
}
