using Embargo.Core.Snapshots;
using Embargo.Matching;
using Embargo.Matching.Scan;

namespace Embargo.Hosting.Output;

/// <summary>
/// The JSON shape of a free-text scan, shared by the CLI and the server. Offsets (<c>start</c>, <c>length</c>)
/// count UTF-16 code units of the decoded text, as JavaScript and .NET strings do.
/// </summary>
public static class ScanJson
{
    public static object Scan(ScanResult result, ScanOptions options, IReadOnlyList<ListSnapshot> snapshots, bool demo) => new
    {
        snapshots = MatchJson.Snapshots(snapshots),
        demo_data = demo,
        threshold = options.Threshold,
        algorithm = ScreeningIndex.AlgorithmName,
        offsets = "utf16",
        characters = result.Characters,
        tokens = result.Tokens,
        strong = result.Mentions.Where(m => m.Strength == MentionStrength.Strong).Select(Mention),
        needs_context = result.Mentions.Where(m => m.Strength == MentionStrength.NeedsContext).Select(Mention),
    };

    private static object Mention(TextMention m) => new
    {
        start = m.Start,
        length = m.Length,
        text = m.Text,
        snippet = m.Snippet,
        strength = m.Strength == MentionStrength.Strong ? "strong" : "needs_context",
        entity = new
        {
            id = m.Entry.Id,
            source = m.Entry.Source,
            source_id = m.Entry.SourceId,
            name = m.Entry.Name.Full,
            kind = m.Entry.Kind,
            programs = m.Entry.Programs,
        },
        matched_name = m.MatchedName.Full,
        score = Math.Round(m.Score, 3),
        reasons = m.Reasons,
        explanation = MatchJson.Explanation(m.Explanation),
    };
}
