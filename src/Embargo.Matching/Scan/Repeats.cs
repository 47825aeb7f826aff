using Embargo.Core.Model;

namespace Embargo.Matching.Scan;

/// <summary>
/// A text that names a listed person in full goes on with the surname alone ("Dmitry Shugayev … Shugayev
/// said", "Putin's first trip"). Those later (or earlier) words are mentions of the same person: the same key as
/// the rarest word of the full mention, written as a name, not part of another span, and not next to a
/// different given name.
/// </summary>
internal static class Repeats
{
    public static void Add(ScanText text, List<MentionVerdict> kept, IReadOnlyList<ListEntry> entries)
    {
        var covered = new HashSet<int>();
        foreach (var v in kept)
        {
            for (var i = v.Span.First; i <= v.Span.Last; i++) covered.Add(i);
        }
        var byKey = new Dictionary<string, MentionVerdict>(StringComparer.Ordinal);
        foreach (var v in kept)
        {
            if (v.Strength != MentionStrength.Strong || entries[v.Span.Entity].Kind != EntityKind.Person || v.Span.Last == v.Span.First) continue;
            var rarest = v.Span.First;
            for (var i = v.Span.First; i <= v.Span.Last; i++)
            {
                if (text.Tokens[i].Info.Weight >= text.Tokens[rarest].Info.Weight) rarest = i; // a tie goes to the later word, the surname in prose
            }
            var info = text.Tokens[rarest].Info;
            if (info.Ordinary || !info.IsLetters) continue;
            byKey.TryAdd(info.Key, v);
        }
        if (byKey.Count == 0) return;
        var added = new List<MentionVerdict>();
        for (var i = 0; i < text.Tokens.Length; i++)
        {
            var token = text.Tokens[i];
            if (covered.Contains(i) || !byKey.TryGetValue(token.Info.Key, out var antecedent)) continue;
            if (text.CaseInformative[i] && !token.IsCapitalised) continue;
            if (!text.StartsSpan(i) && text.CaseInformative[i] && IsOtherName(text.Tokens[i - 1])) continue;
            var written = text.Written(antecedent.Span.First, antecedent.Span.Last);
            added.Add(antecedent with
            {
                Span = new SpanCandidate(i, i, antecedent.Span.Entity, antecedent.Span.Name),
                Reasons = [$"the surname of '{written}', named in full at offset {text.Tokens[antecedent.Span.First].Start}"],
            });
        }
        kept.AddRange(added);
    }

    private static bool IsOtherName(ScanToken token) =>
        token.IsCapitalised && token.Info.IsLetters && token.Info.Role == Text.TokenRole.Word && !token.Info.Ordinary;
}
