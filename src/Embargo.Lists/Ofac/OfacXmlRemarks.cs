using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// The one fact OFAC XML leaves inside remarks rather than in its own element: <c>(Linked To: SUMIYOSHI-KAI)</c>.
/// The remarks themselves are kept whole.
/// </summary>
internal static class OfacXmlRemarks
{
    private const string LinkedToLabel = "Linked To:";
    public const string LinkedToRelation = "linked-to";

    public static Relation[] LinkedTo(string? remarks)
    {
        if (remarks is null) return [];
        List<Relation> relations = [];
        var at = remarks.IndexOf(LinkedToLabel, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var start = at + LinkedToLabel.Length;
            var end = remarks.IndexOf(';', start);
            var target = TrimTarget(remarks.AsSpan(start, (end < 0 ? remarks.Length : end) - start));
            if (target.Length > 0) relations.Add(new Relation(LinkedToRelation, target));
            at = remarks.IndexOf(LinkedToLabel, start, StringComparison.OrdinalIgnoreCase);
        }
        return [.. relations];
    }

    // "SUMIYOSHI-KAI)." → "SUMIYOSHI-KAI", but "BANK MELLI IRAN (BMI)" keeps its own parentheses.
    private static string TrimTarget(ReadOnlySpan<char> text)
    {
        text = text.Trim().TrimEnd('.').TrimEnd();
        while (text.EndsWith(")") && text.Count(')') > text.Count('('))
            text = text[..^1].TrimEnd().TrimEnd('.').TrimEnd();
        return text.ToString();
    }
}
