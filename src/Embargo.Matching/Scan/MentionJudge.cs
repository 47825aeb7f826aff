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

    /// <summary>
    /// An organisation's listed words the mention must cover, by weight: "Air Force" is not SYRIAN AIR FORCE,
    /// "Presidency of Defense Industries" is PRESIDENCY OF DEFENSE INDUSTRIES.
    /// </summary>
    private const double MinOrganisationShare = 0.7;

    /// <summary>One word alone is a name only from three letters ("a" is not AA, "is" not ISS).</summary>
    public const int MinSingleWordLength = 3;

    /// <summary>One word alone may differ from the listed spelling (Hizbollah, HIZBALLAH) only from this length.</summary>
    public const int MinFuzzySingleWordLength = 6;

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
        var written = text.Written(span.First, span.Last);
        if (scorer.Score(written, span.Entity) < threshold) return null;
        var (score, explanation) = scorer.Explained(written, span.Entity);
        var entry = _entries[span.Entity];
        var name = MatchedName(span, explanation);
        var coverage = Coverage(_names[name], explanation);
        // The mention must cover the listed name: two of its words when it has two or more ("Erdogan" alone is
        // not "ERDOGAN, Emrah"; "Washington" is not WASHINGTON TRADING), and most of an organisation's weight.
        if (coverage.ListedWords >= 2 && coverage.MatchedWords < 2) return null;
        if (entry.Kind != EntityKind.Person && coverage.MatchedShare < MinOrganisationShare) return null;

        var words = WordCount(text, span, out var single);
        var informative = text.CaseInformative[span.First];
        var lower = AllLowerCase(text, span);
        var capitalisedMidSentence = informative && AllCapitalised(text, span) && !text.StartsSpan(span.First);
        if (words == 1)
        {
            // One word alone must be the listed word itself, written as a name: not "it" for EP-ITH, "said" for
            // SAID, "India" for ANDIA or "Russia" for ROSSIYA.
            var token = text.Tokens[single].Info;
            if (token.Folded.Length < MinSingleWordLength || (informative && lower)) return null;
            if (!coverage.AllExact && (token.Ordinary || token.Folded.Length < MinFuzzySingleWordLength)) return null;
        }
        if (entry.Kind == EntityKind.Person && ConflictsWithNeighbours(text, span, scorer, threshold)) return null;

        var reasons = new List<string>();
        var strength = MentionStrength.Strong;
        if (informative && lower)
        {
            strength = MentionStrength.NeedsContext;
            reasons.Add("written in lower case in a text that capitalises names");
        }
        if (_ordinaryName[name])
        {
            // Ordinary words say little: the whole listed name must be there, and the context must support it.
            if (coverage.MatchedWords < coverage.ListedWords || (informative && lower)) return null;
            if (words == 1 && CommonWords.IsAlwaysCapitalised(text.Tokens[single].Info.Folded)) return null;
            // "Eastern Economic Forum", "United States": the words are part of a longer name, not FORUM or UNITED.
            if (informative && HasCapitalisedNeighbour(text, span))
            {
                if (words == 1) return null;
                strength = MentionStrength.NeedsContext;
                reasons.Add("part of a longer capitalised name");
            }
            if (entry.Kind is EntityKind.Vessel or EntityKind.Aircraft)
            {
                if (VesselCue(text, span) is { } cue) reasons.Add($"ordinary words, supported by '{cue}' nearby");
                else if (IdentifierNearby(text, span, entry) is { } id) reasons.Add($"ordinary words, supported by {id} nearby");
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
            else if (words >= 2 || capitalisedMidSentence)
            {
                strength = MentionStrength.NeedsContext;
                reasons.Add("the listed name is ordinary words");
            }
            else
            {
                return null;
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

    // How many name words the listed name has, how many (and what share of their weight) the alignment paired
    // with the text, and whether every pair is an exact match.
    private static (int ListedWords, int MatchedWords, double MatchedShare, bool AllExact) Coverage(PreparedName listed, MatchExplanation explanation)
    {
        var paired = new HashSet<string>(StringComparer.Ordinal);
        var allExact = true;
        foreach (var pair in explanation.Alignment)
        {
            if (pair.Query is null || pair.Listed is null || pair.Similarity <= 0) continue;
            allExact &= pair.Similarity >= 1;
            foreach (var token in pair.Listed.Split(' ')) paired.Add(token);
        }
        int words = 0, matched = 0;
        double weight = 0, matchedWeight = 0;
        for (var j = 0; j < listed.Length; j++)
        {
            if (listed.Roles[j] != TokenRole.Word) continue;
            words++;
            weight += listed.Weights[j];
            if (!paired.Contains(listed.Tokens[j])) continue;
            matched++;
            matchedWeight += listed.Weights[j];
        }
        return (words, matched, weight > 0 ? matchedWeight / weight : 1, allExact);
    }

    // A name written with more name words than the span holds is scored whole: "Recep Tayyip Erdogan".
    private static bool ConflictsWithNeighbours(ScanText text, SpanCandidate span, SpanScorer scorer, double threshold)
    {
        if (!text.CaseInformative[span.First]) return false;
        var first = span.First;
        var last = span.Last;
        for (var n = 0; n < MaxNeighbours && !text.StartsSpan(first) && IsNameWord(text.Tokens[first - 1]) && !text.IsPossessive(first - 1); n++) first--;
        for (var n = 0; n < MaxNeighbours && last + 1 < text.SpanEnd[last] && IsNameWord(text.Tokens[last + 1]); n++) last++;
        if (first == span.First && last == span.Last) return false;
        return scorer.Score(text.Written(first, last), span.Entity) < threshold;
    }

    private static bool HasCapitalisedNeighbour(ScanText text, SpanCandidate span) =>
        (!text.StartsSpan(span.First) && IsCapitalisedWord(text.Tokens[span.First - 1]) && !text.IsPossessive(span.First - 1))
        || (span.Last + 1 < text.SpanEnd[span.Last] && IsCapitalisedWord(text.Tokens[span.Last + 1]));

    private static bool IsCapitalisedWord(ScanToken token) => token.IsCapitalised && token.Info.IsLetters && token.Info.Role == TokenRole.Word;

    private static bool IsNameWord(ScanToken token) =>
        token.IsCapitalised && token.Info.IsLetters && token.Info.Folded.Length >= 2 && token.Info.Role == TokenRole.Word && !token.Info.Ordinary;

    // Name words in the span (not particles, legal forms or numbers); single is the last one found.
    private static int WordCount(ScanText text, SpanCandidate span, out int single)
    {
        var count = 0;
        single = span.First;
        for (var i = span.First; i <= span.Last; i++)
        {
            if (!text.Tokens[i].Info.IsLetters || text.Tokens[i].Info.Role != TokenRole.Word) continue;
            count++;
            single = i;
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

    // Every name word capitalised (little words like "of" may not be).
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
        var sentenceEnd = text.SpanEnd[span.First];
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
