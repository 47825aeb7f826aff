using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scan;

/// <summary>
/// Finds listed parties named in free text (articles, documents, payment remittance text) whatever their case,
/// spacing, punctuation or spelling. Built once per <see cref="ScreeningIndex"/>; safe to share between threads.
/// The text is cut into words and sentences; each word is looked up in the candidate index once per spelling;
/// stretches of words that cover enough of a listed name are scored by the screening engine and judged
/// (<see cref="MentionJudge"/>); the best non-overlapping readings are kept.
/// </summary>
public sealed class TextScanner
{
    private readonly ScreeningIndex _index;
    private readonly TokenCatalog _catalog;
    private readonly SpanFinder _finder;
    private readonly MentionJudge _judge;
    private readonly SpanScorer _scorer;

    public TextScanner(ScreeningIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
        _catalog = new TokenCatalog(index.Candidates, new AnchorIndex(index.PreparedNames), index.Statistics, index.PreparedNames);
        _finder = new SpanFinder(index, _catalog);
        _judge = new MentionJudge(index, OrdinaryNames(index, _catalog));
        _scorer = new SpanScorer(index);
    }

    public ScreeningIndex Index => _index;

    public ScanResult Scan(string text, ScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ScanOptions.Default;
        var scanText = Prepare(text);
        var candidates = new List<SpanCandidate>();
        _finder.Find(scanText, Math.Clamp(options.MaxSpanTokens, 1, ScanBuffer.MaxWords / 2), candidates);

        var verdicts = new List<MentionVerdict>();
        foreach (var candidate in candidates)
        {
            if (_judge.Judge(scanText, candidate, _scorer, options.Threshold) is { } verdict) verdicts.Add(verdict);
        }
        var kept = MentionSelector.Select(verdicts, Math.Max(1, options.MaxEntitiesPerSpan));
        Repeats.Add(scanText, kept, _index.Entries);
        kept.Sort(static (a, b) =>
        {
            var byPlace = a.Span.First.CompareTo(b.Span.First);
            return byPlace != 0 ? byPlace : b.Score.CompareTo(a.Score);
        });
        var mentions = new List<TextMention>(kept.Count);
        foreach (var v in kept)
        {
            var start = scanText.Tokens[v.Span.First].Start;
            var length = scanText.Tokens[v.Span.Last].End - start;
            mentions.Add(new TextMention(start, length, text.Substring(start, length),
                Snippets.Around(text, start, length, Math.Max(0, options.SnippetRadius)),
                _index.Entries[v.Span.Entity], _index.NameSources[v.Name], v.Score, v.Strength, v.Reasons, v.Explanation));
        }
        return new ScanResult(mentions, text.Length, scanText.Tokens.Length);
    }

    private ScanText Prepare(string text)
    {
        var raw = new List<RawToken>(text.Length / 6);
        ScanTokenizer.Tokenize(text, raw);
        var tokens = new List<ScanToken>(raw.Count);
        foreach (var r in raw)
        {
            var infos = _catalog.Get(text.AsSpan(r.Start, r.Length));
            for (var i = 0; i < infos.Length; i++) tokens.Add(new ScanToken(r.Start, r.Length, r.Shape, r.SentenceStart && i == 0, r.SpanStart && i == 0, infos[i]));
        }
        return new ScanText(text, [.. tokens]);
    }

    // A listed name is "ordinary" when every one of its name words is (PATRIOT, GOLDEN STAR, INTERNATIONAL TRADING).
    private static bool[] OrdinaryNames(ScreeningIndex index, TokenCatalog catalog)
    {
        var names = index.PreparedNames;
        var ordinary = new bool[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            var words = 0;
            var all = true;
            for (var j = 0; j < name.Length && all; j++)
            {
                if (name.Roles[j] != TokenRole.Word || name.Numbers[j] >= 0) continue;
                words++;
                all = catalog.IsOrdinary(name.Tokens[j], name.Keys[j]);
            }
            ordinary[n] = all && words > 0;
        }
        return ordinary;
    }
}
