using Embargo.Matching.Scan;

namespace Embargo.Web.Pages;

/// <summary>
/// A scanned text cut into the plain runs and the mentioned spans between them, so the page can show the document
/// as written with each mention marked in place. Mentions of several entities on the same words share one mark;
/// a span overlapping an earlier one is listed below the text but not marked a second time.
/// </summary>
public sealed class ScanDocument
{
    /// <summary>A run of the text; <see cref="Mentions"/> is empty for text between mentions, else best first.</summary>
    public sealed record Part(string Text, IReadOnlyList<TextMention> Mentions, string? Anchor);

    private readonly Dictionary<TextMention, string> _anchors = new(ReferenceEqualityComparer.Instance);

    public ScanDocument(string text, IReadOnlyList<TextMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var spans = mentions
            .Where(m => m.Start >= 0 && m.Length > 0 && m.Start + m.Length <= text.Length)
            .GroupBy(m => (m.Start, m.Length))
            .OrderBy(g => g.Key.Start).ThenByDescending(g => g.Key.Length);
        var parts = new List<Part>();
        var position = 0;
        foreach (var span in spans)
        {
            var anchor = $"mention-{span.Key.Start}";
            // Every mention of the span can link to the words in the text, even when they were marked for another span.
            foreach (var mention in span) _anchors[mention] = anchor;
            if (span.Key.Start < position) continue;
            if (span.Key.Start > position) parts.Add(new Part(text[position..span.Key.Start], [], null));
            var best = span.OrderBy(m => m.Strength).ThenByDescending(m => m.Score).ToList();
            parts.Add(new Part(text.Substring(span.Key.Start, span.Key.Length), best, anchor));
            position = span.Key.Start + span.Key.Length;
        }
        if (position < text.Length) parts.Add(new Part(text[position..], [], null));
        Parts = parts;
        Marked = new HashSet<string>(parts.Where(p => p.Anchor is not null).Select(p => p.Anchor!), StringComparer.Ordinal);
    }

    public IReadOnlyList<Part> Parts { get; }

    private IReadOnlySet<string> Marked { get; }

    /// <summary>The id of the mark a mention's words carry in the text, when they are marked.</summary>
    public string? AnchorOf(TextMention mention) =>
        _anchors.TryGetValue(mention, out var anchor) && Marked.Contains(anchor) ? anchor : null;
}
