using System.Collections.Frozen;
using Embargo.Core.Model;
using Embargo.Matching.Explain;
using Embargo.Matching.Index;
using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scan;

/// <summary>
/// Decides whether a candidate span names its listed entity, and how strongly. A span must score at the
/// threshold with the screening engine, and then:
/// <list type="bullet">
/// <item>a person listed with two or more name words needs two of them in the text (given name and surname):
/// "Erdogan" alone is not "ERDOGAN, Emrah";</item>
/// <item>where the sentence's capitals mark names, a capitalised name word right beside the span is part of the
/// name written: "Recep Tayyip Erdogan" is scored whole, and a different given name there sinks the match;</item>
/// <item>a listed name made only of ordinary words (a vessel PATRIOT) needs context — a vessel word or the IMO
/// number nearby for vessels, capitals mid-sentence for others — or it is reported as needing context; so are a
/// weak alias alone and a name written in lower case in a text that capitalises names.</item>
/// </list>
/// </summary>
internal sealed class MentionJudge
{
    /// <summary>How far (in words, same sentence) a vessel word supports a vessel's name.</summary>
    private const int CueDistance = 8;

    /// <summary>How far (in characters) the vessel's IMO number supports its name.</summary>
    private const int IdentifierDistance = 200;

    private const int MaxNeighbours = 2;

    private static readonly FrozenSet<string> VesselCues = FrozenSet.Create(StringComparer.Ordinal,
    [
        "vessel", "vessels", "ship", "ships", "tanker", "tankers", "mv", "mt", "imo", "cargo", "freighter", "carrier",
        "bulker", "flagged", "flag", "crude", "lng", "lpg", "container", "yacht", "boat", "barge", "tug", "trawler",
        "sailed", "docked", "hull", "aboard", "voyage", "crew", "shipment", "port", "berth", "mmsi",
        "aircraft", "plane", "airliner", "jet", "flight", "tail", "registration",
    ]);

    private readonly ListEntry[] _entries;
    private readonly PreparedName[] _names;
    private readonly EntryName[] _nameSources;
    private readonly int[][] _entityNames;
    private readonly bool[] _ordinaryName;

    public MentionJudge(ScreeningIndex index, bool[] ordinaryName)
    {
        _entries = index.Entries;
        _names = index.PreparedNames;
        _nameSources = index.NameSources;
        _entityNames = index.EntityNames;
        _ordinaryName = ordinaryName;
    }

    public MentionVerdict? Judge(ScanText text, SpanCandidate span, SpanScorer scorer, double threshold)
    {
        var (score, explanation) = scorer.Score(text.Written(span.First, span.Last), span.Entity);
        if (score < threshold) return null;
        var entry = _entries[span.Entity];
        var name = MatchedName(span, explanation);
        if (entry.Kind == EntityKind.Person)
        {
            var (listedWords, matchedWords) = Coverage(_names[name], explanation);
            if (listedWords >= 2 && matchedWords < 2) return null;
            if (ConflictsWithNeighbours(text, span, scorer, threshold)) return null;
        }

        var reasons = new List<string>();
        var strength = MentionStrength.Strong;
        var words = WordCount(text, span);
        var informative = text.CaseInformative[span.First];
        if (informative && AllLowerCase(text, span))
        {
            strength = MentionStrength.NeedsContext;
            reasons.Add("written in lower case in a text that capitalises names");
        }
        if (_ordinaryName[name])
        {
            if (entry.Kind is EntityKind.Vessel or EntityKind.Aircraft)
            {
                if (VesselCue(text, span) is { } cue) reasons.Add($"ordinary words, supported by '{cue}' nearby");
                else if (IdentifierNearby(text, span, entry) is { } id) reasons.Add($"ordinary words, supported by identifier {id} nearby");
                else
                {
                    strength = MentionStrength.NeedsContext;
                    reasons.Add($"the {Kind(entry)}'s name is ordinary words and nothing nearby speaks of a {Kind(entry)}");
                }
            }
            else if (words >= 2 && informative && AllCapitalised(text, span))
            {
                reasons.Add("ordinary words, supported by capitals where the text uses them for names");
            }
            else
            {
                strength = MentionStrength.NeedsContext;
                reasons.Add("the listed name is ordinary words");
            }
        }
        if (words == 1 && _nameSources[name].Strength == NameStrength.Weak)
        {
            strength = MentionStrength.NeedsContext;
            reasons.Add("a weak alias on its own");
        }
        return new MentionVerdict(span, name, score, strength, reasons, explanation);
    }

    private static string Kind(ListEntry entry) => entry.Kind == EntityKind.Aircraft ? "aircraft" : "vessel";

    // The entity's name the engine chose (the explanation names it); the candidate's own when several are alike.
    private int MatchedName(SpanCandidate span, MatchExplanation explanation)
    {
        if (string.Equals(_nameSources[span.Name].Full, explanation.MatchedName, StringComparison.Ordinal)) return span.Name;
        foreach (var name in _entityNames[span.Entity])
        {
            if (string.Equals(_nameSources[name].Full, explanation.MatchedName, StringComparison.Ordinal)) return name;
        }
        return span.Name;
    }

    // How many name words the listed name has, and how many of them the alignment paired with the text.
    private static (int Listed, int Matched) Coverage(PreparedName listed, MatchExplanation explanation)
    {
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in explanation.Alignment)
        {
            if (pair.Query is null || pair.Listed is null || pair.Similarity <= 0) continue;
            foreach (var token in pair.Listed.Split(' ')) paired.Add(token);
        }
        int words = 0, matched = 0;
        for (var j = 0; j < listed.Length; j++)
        {
            if (listed.Roles[j] != TokenRole.Word) continue;
            words++;
            if (paired.Contains(listed.Tokens[j])) matched++;
        }
        return (words, matched);
    }

    // A name written with more name words than the span holds is scored whole: "Recep Tayyip Erdogan".
    private static bool ConflictsWithNeighbours(ScanText text, SpanCandidate span, SpanScorer scorer, double threshold)
    {
        if (!text.CaseInformative[span.First]) return false;
        var first = span.First;
        var last = span.Last;
        for (var n = 0; n < MaxNeighbours && !text.StartsSentence(first) && IsNameWord(text.Tokens[first - 1]); n++) first--;
        for (var n = 0; n < MaxNeighbours && last + 1 < text.SentenceEnd[last] && IsNameWord(text.Tokens[last + 1]); n++) last++;
        if (first == span.First && last == span.Last) return false;
        return scorer.Score(text.Written(first, last), span.Entity).Score < threshold;
    }

    private static bool IsNameWord(ScanToken token) =>
        token.IsCapitalised && token.Info.IsLetters && token.Info.Folded.Length >= 2 && token.Info.Role == TokenRole.Word && !token.Info.Ordinary;

    private static int WordCount(ScanText text, SpanCandidate span)
    {
        var count = 0;
        for (var i = span.First; i <= span.Last; i++)
        {
            if (text.Tokens[i].Info.IsLetters && text.Tokens[i].Info.Role == TokenRole.Word) count++;
        }
        return count;
    }

    private static bool AllLowerCase(ScanText text, SpanCandidate span)
    {
        for (var i = span.First; i <= span.Last; i++)
        {
            if (text.Tokens[i].Shape != TokenShape.Lower && text.Tokens[i].Info.IsLetters) return false;
        }
        return true;
    }

    // Every name word capitalised (little words like "of" may not be), and more than the sentence's first word.
    private static bool AllCapitalised(ScanText text, SpanCandidate span)
    {
        for (var i = span.First; i <= span.Last; i++)
        {
            var token = text.Tokens[i];
            if (token.Info.IsLetters && token.Info.Role == TokenRole.Word && !token.IsCapitalised) return false;
        }
        return true;
    }

    private static string? VesselCue(ScanText text, SpanCandidate span)
    {
        var tokens = text.Tokens;
        var sentenceEnd = text.SentenceEnd[span.First];
        for (var i = span.First - 1; i >= 0 && i >= span.First - CueDistance; i--)
        {
            if (VesselCues.Contains(tokens[i].Info.Folded)) return tokens[i].Info.Folded;
            if (tokens[i].SentenceStart) break;
        }
        for (var i = span.Last + 1; i < sentenceEnd && i <= span.Last + CueDistance; i++)
        {
            if (VesselCues.Contains(tokens[i].Info.Folded)) return tokens[i].Info.Folded;
        }
        return null;
    }

    private static string? IdentifierNearby(ScanText text, SpanCandidate span, ListEntry entry)
    {
        var from = Math.Max(0, text.Tokens[span.First].Start - IdentifierDistance);
        var to = Math.Min(text.Text.Length, text.Tokens[span.Last].End + IdentifierDistance);
        var window = text.Text.AsSpan(from, to - from);
        foreach (var (label, number) in Identifiers.Of(entry))
        {
            var normal = Identifiers.Normalize(number);
            if (normal.Length >= 5 && window.Contains(normal, StringComparison.OrdinalIgnoreCase)) return $"{label} {normal}";
        }
        return null;
    }
}
