using System.Globalization;
using Embargo.Matching.Scan;

namespace Embargo.Cli.Output;

/// <summary>A scan's mentions as text: the strong ones first, then those that need context, each with its snippet.</summary>
internal static class MentionRenderer
{
    public static void Write(TextWriter o, ScanResult result)
    {
        var strong = result.Mentions.Where(m => m.Strength == MentionStrength.Strong).ToList();
        var weak = result.Mentions.Where(m => m.Strength == MentionStrength.NeedsContext).ToList();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scanned {result.Characters:N0} characters, {result.Tokens:N0} words: {strong.Count} mention(s) of listed parties, {weak.Count} needing context"));
        if (strong.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("MENTIONS");
            foreach (var m in strong) WriteOne(o, m);
        }
        if (weak.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("NEEDS CONTEXT (ordinary words or weak evidence; not alerts)");
            foreach (var m in weak) WriteOne(o, m);
        }
    }

    private static void WriteOne(TextWriter o, TextMention m)
    {
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{m.Score:F3}  @{m.Start}+{m.Length}  \"{m.Text}\"  →  {m.Entry.Id}  {m.Entry.Name.Full}  [{m.Entry.Kind.ToString().ToLowerInvariant()}; {string.Join(", ", m.Entry.Programs)}]"));
        if (!string.Equals(m.MatchedName.Full, m.Entry.Name.Full, StringComparison.Ordinal))
            o.WriteLine($"       matched name: {m.MatchedName.Full}");
        o.WriteLine($"       {m.Snippet}");
        foreach (var reason in m.Reasons) o.WriteLine($"       note: {reason}");
        MatchRenderer.WriteExplanation(o, m.Explanation, "       ");
    }
}
