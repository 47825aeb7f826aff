using System.Globalization;
using Embargo.Matching;
using Embargo.Matching.Explain;

namespace Embargo.Cli.Output;

/// <summary>Matches as text: one block per entity, the aligned tokens, and every feature that moved the score.</summary>
internal static class MatchRenderer
{
    public static void Write(TextWriter o, IReadOnlyList<MatchResult> results, MatchOptions options)
    {
        if (results.Count == 0)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"No listed party scores {options.Cutoff:F2} or more."));
            return;
        }
        foreach (var r in results)
        {
            var verdict = r.IsMatch ? "MATCH" : "below threshold";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Score:F3}  {verdict,-15}  {r.Entry.Id}  {r.Entry.Name.Full}  [{r.Entry.Kind.ToString().ToLowerInvariant()}; {string.Join(", ", r.Entry.Programs)}]"));
            if (!string.Equals(r.MatchedName.Full, r.Entry.Name.Full, StringComparison.Ordinal))
                o.WriteLine($"       matched name: {r.MatchedName.Full}");
            WriteExplanation(o, r.Explanation, "       ");
        }
    }

    public static void WriteExplanation(TextWriter o, MatchExplanation e, string indent)
    {
        o.WriteLine(indent + "tokens: " + string.Join("  ", e.Alignment.Select(Pair)));
        foreach (var f in e.Features)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}{f.Contribution,7:+0.000;-0.000}  {f.Id,-18} {f.Detail}"));
        }
    }

    private static string Pair(TokenPair p) => (p.Query, p.Listed) switch
    {
        (null, var l) => $"(-/{l})",
        (var q, null) => $"({q}/-)",
        var (q, l) => string.Create(CultureInfo.InvariantCulture, $"{q}={l} {p.How} {p.Similarity:F2}"),
    };
}
