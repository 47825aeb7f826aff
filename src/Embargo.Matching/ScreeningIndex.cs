using Embargo.Core.Model;
using Embargo.Matching.Explain;
using Embargo.Matching.Text;

namespace Embargo.Matching;

/// <summary>
/// Every name of every active entity, prepared for matching, with a candidate index over them. Immutable once
/// built and safe to share between threads. PLACEHOLDER implementation: scores every name.
/// </summary>
public sealed class ScreeningIndex
{
    private readonly List<(ListEntry Entry, EntryName Name, string[] Tokens)> _names = [];

    private ScreeningIndex() { }

    public int EntityCount { get; private set; }
    public int NameCount => _names.Count;

    public static ScreeningIndex Build(IEnumerable<ListEntry> entries)
    {
        var index = new ScreeningIndex();
        foreach (var entry in entries)
        {
            index.EntityCount++;
            foreach (var name in (EntryName[])[entry.Name, .. entry.Aliases])
                index._names.Add((entry, name, NameText.Tokenize(NameText.Fold(name.Full))));
        }
        return index;
    }

    public IReadOnlyList<MatchResult> Screen(MatchQuery query, MatchOptions options)
    {
        var q = NameText.Tokenize(NameText.Fold(query.Name));
        var best = new Dictionary<string, MatchResult>(StringComparer.Ordinal);
        foreach (var (entry, name, tokens) in _names)
        {
            var score = tokens.Length + q.Length == 0 ? 0 : 2.0 * q.Intersect(tokens).Count() / (q.Length + tokens.Length);
            if (score < options.Cutoff) continue;
            if (best.TryGetValue(entry.Id, out var existing) && existing.Score >= score) continue;
            var explanation = new MatchExplanation(query.Name, name.Full, [], [new FeatureContribution("name_similarity", 1, score, score, "placeholder")], score);
            best[entry.Id] = new MatchResult(entry, name, score, score >= options.Threshold, explanation);
        }
        return [.. best.Values.OrderByDescending(r => r.Score).Take(options.Limit)];
    }
}
