using Embargo.Matching;

namespace Embargo.Evaluation.Data;

/// <summary>The query mixes of the index and speed benchmarks, drawn from the screening files.</summary>
internal static class QuerySamples
{
    public const int Seed = 20261122;
    public const int IndexNegativesPerFile = 1_000;

    /// <summary>UN treated (all), 1,000 spread over each negatives file, Congress (all): labelled by where they came from.</summary>
    public static List<(string Sample, MatchQuery Query)> ForIndex(EvaluationContext context, DataIssues issues)
    {
        var sample = new List<(string, MatchQuery)>();
        sample.AddRange(UnPositiveQueries.Load(context.BenchPath("screening", "un_positives_treated.csv"), issues).Select(q => ("UN treated", q.Query)));
        foreach (var file in new[] { "negatives_global.csv", "negatives_us.csv" })
        {
            var people = PersonQueries.Load(context.BenchPath("screening", file), null, issues);
            sample.AddRange(Spread(people, IndexNegativesPerFile).Select(q => (Path.GetFileNameWithoutExtension(file), q.Query)));
        }
        sample.AddRange(PersonQueries.Load(context.BenchPath("screening", "us_congress_members.csv"), null, issues).Select(q => ("congress", q.Query)));
        return sample;
    }

    /// <summary>
    /// <paramref name="count"/> queries, shuffled with a fixed seed: UN positives (untreated and treated) and Congress
    /// members, spread, up to a fifth of them (all 2,620 at the default 20,000), the rest synthetic negatives taken
    /// alternately from both files.
    /// </summary>
    public static (List<MatchQuery> Queries, int Positives) ForSpeed(EvaluationContext context, int count, DataIssues issues)
    {
        var people = new List<MatchQuery>();
        foreach (var file in new[] { "un_positives_untreated.csv", "un_positives_treated.csv" })
            people.AddRange(UnPositiveQueries.Load(context.BenchPath("screening", file), issues).Select(q => q.Query));
        people.AddRange(PersonQueries.Load(context.BenchPath("screening", "us_congress_members.csv"), null, issues).Select(q => q.Query));
        var positives = Spread(people, Math.Min(people.Count, count / 5)).ToList();
        var global = PersonQueries.Load(context.BenchPath("screening", "negatives_global.csv"), null, issues);
        var us = PersonQueries.Load(context.BenchPath("screening", "negatives_us.csv"), null, issues);
        var negatives = global.Zip(us).SelectMany(p => new[] { p.First.Query, p.Second.Query }).Take(count - positives.Count);
        var mix = positives.Concat(negatives).ToArray();
        new Random(Seed).Shuffle(mix);
        return ([.. mix], positives.Count);
    }

    /// <summary>
    /// Names to warm up on before <see cref="ForSpeed"/>'s are timed: synthetic negatives that come after the ones
    /// <see cref="ForSpeed"/> takes (<paramref name="skip"/> of them), so that no timed name was screened before.
    /// </summary>
    public static List<MatchQuery> ForWarmUp(EvaluationContext context, int skip, int count, DataIssues issues)
    {
        var global = PersonQueries.Load(context.BenchPath("screening", "negatives_global.csv"), null, issues);
        var us = PersonQueries.Load(context.BenchPath("screening", "negatives_us.csv"), null, issues);
        return [.. global.Zip(us).SelectMany(p => new[] { p.First.Query, p.Second.Query }).Skip(skip).Take(count)];
    }

    /// <summary>At most <paramref name="count"/> items spread evenly over the list.</summary>
    public static IEnumerable<T> Spread<T>(IReadOnlyList<T> items, int count) =>
        items.Count <= count ? items : Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Count / count)]);
}
