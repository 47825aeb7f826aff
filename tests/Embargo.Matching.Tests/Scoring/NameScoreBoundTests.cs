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

    // Names in Hebrew, Arabic and Cyrillic against their Latin spellings and against others' (either side the query):
    // the pairs the aligner scores highest across scripts, where a bound too low would lose a match.
    [SharedDataTheory]
    [InlineData("he-fullnames.tsv")]
    [InlineData("ar-tokens.tsv")]
    [InlineData("ru-tokens.tsv")]
    public void BoundIsNeverBelowTheAlignedScoreAcrossScripts(string file)
    {
        var (_, _, statistics) = UnNames();
        var pairs = File.ReadLines(SharedData.Path("bench", "translit", file)).Skip(1).Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 2).Select(fields => (Latin: Prepare(fields[0], statistics), Native: Prepare(fields[1], statistics))).ToList();
        var checkedPairs = 0;
        var pruned = 0;
        for (var p = 0; p < pairs.Count; p++)
        {
            foreach (var offset in (int[])[0, 1, 7, 101])
            {
                var native = pairs[p].Native;
                var latin = pairs[(p + offset) % pairs.Count].Latin;
                foreach (var (query, listed) in (((PreparedName, NameSketch), (PreparedName, NameSketch))[])[(native, latin), (latin, native)])
                {
                    foreach (var organisation in (bool[])[false, true])
                    {
                        var score = NameAligner.Score(query.Item1, listed.Item1, organisation).Score;
                        var bound = NameScoreBound.Of(query.Item1, query.Item2, listed.Item1, listed.Item2, organisation);
                        Assert.True(bound >= score, $"'{query.Item1.Original}' vs '{listed.Item1.Original}': bound {bound} below score {score}");
                        checkedPairs++;
                        if (bound < 0.53) pruned++;
                    }
                }
            }
        }
        Assert.True(pruned > checkedPairs / 4, $"{pruned} of {checkedPairs} pairs below reach");
    }

    // The least name score that the default cutoff can take with a same date of birth and country.
    private const double Reach = Tuning.DefaultCutoff - Tuning.DobMatchBonus - Tuning.CountryMatchBonus;

    [Fact]
    public void NameInArabicIsBoundedBelowReachAgainstAnUnrelatedLatinName()
    {
        var statistics = new TokenStatistics(new Dictionary<string, int>(StringComparer.Ordinal), 1);
        var query = Prepare("سيرغي لافروف", statistics);
        var unrelated = Prepare("SHUGAEV, Dmitry Evgenyevich", statistics);
        var same = Prepare("LAVROV, Sergei", statistics);
        Assert.True(NameScoreBound.Of(query.Item1, query.Item2, unrelated.Item1, unrelated.Item2, false) < Reach);
        var score = NameAligner.Score(query.Item1, same.Item1, false).Score;
        Assert.True(score > 0.8, $"score {score}");
        Assert.True(NameScoreBound.Of(query.Item1, query.Item2, same.Item1, same.Item2, false) >= score);
    }

    [Fact]
    public void NameInAScriptOfOpenSyllablesGetsNoBoundAgainstALatinName()
    {
        // Runs of Chinese syllables pair by spelling and by readings: ruling them out costs what aligning does.
        var statistics = new TokenStatistics(new Dictionary<string, int>(StringComparer.Ordinal), 1);
        var query = Prepare("李尚福", statistics);
        var unrelated = Prepare("SHUGAEV, Dmitry Evgenyevich", statistics);
        Assert.Equal(1, NameScoreBound.Of(query.Item1, query.Item2, unrelated.Item1, unrelated.Item2, false));
    }

    private static (PreparedName, NameSketch) Prepare(string text, TokenStatistics statistics)
    {
        var name = PreparedName.Create(text, EntityKind.Unknown);
        name.Weigh(statistics);
        return (name, NameSketch.Of(name));
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
