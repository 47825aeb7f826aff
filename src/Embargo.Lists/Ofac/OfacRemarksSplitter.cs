namespace Embargo.Lists.Ofac;

/// <summary>
/// Cuts OFAC remarks into their <c>;</c>-separated facts. A semicolon does not separate when it sits inside a URL
/// (<c>http://x/a;b</c>: no space follows and the word is a link) or inside the quotes of an a.k.a. name
/// (<c>a.k.a. 'A; B'</c>: the name's closing quote comes before the next semicolon). Names may themselves hold
/// apostrophes (<c>a.k.a. 'AL-QA'QA'</c>), so quotes are never counted: the closing quote is the one before the end.
/// </summary>
internal static class OfacRemarksSplitter
{
    public static List<string> Split(string remarks)
    {
        var items = new List<string>();
        var text = remarks.AsSpan();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ';' || !IsSeparator(text, start, i)) continue;
            Add(items, text[start..i]);
            start = i + 1;
        }
        Add(items, text[start..]);
        return items;
    }

    private static bool IsSeparator(ReadOnlySpan<char> text, int itemStart, int at)
    {
        var next = at + 1 < text.Length ? text[at + 1] : ' ';
        if (!char.IsWhiteSpace(next) && InLink(text, itemStart, at)) return false;
        return !InQuotedName(text, itemStart, at);
    }

    private static bool InLink(ReadOnlySpan<char> text, int itemStart, int at)
    {
        var word = text[itemStart..at];
        var space = word.LastIndexOfAny(' ', '\t', '\n');
        word = word[(space + 1)..];
        return word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    // The item so far opens an a.k.a. quote it has not closed, and the text up to the next semicolon closes it.
    private static bool InQuotedName(ReadOnlySpan<char> text, int itemStart, int at)
    {
        var item = StripAlt(text[itemStart..at].Trim());
        var marker = OfacRemarksNames.MarkerLength(item);
        if (marker == 0) return false;
        var name = item[marker..].TrimStart(" ,:");
        if (name.IsEmpty || name[0] != '\'') return false;
        if (name.Length > 1 && name.TrimEnd('.').EndsWith('\'')) return false; // already closed
        var rest = text[(at + 1)..];
        var nextSemicolon = rest.IndexOf(';');
        var segment = (nextSemicolon < 0 ? rest : rest[..nextSemicolon]).Trim();
        return OfacRemarksNames.MarkerLength(StripAlt(segment)) == 0 && segment.TrimEnd('.').EndsWith('\'');
    }

    private static ReadOnlySpan<char> StripAlt(ReadOnlySpan<char> item) =>
        item.StartsWith("alt.", StringComparison.OrdinalIgnoreCase) ? item[4..].TrimStart() : item;

    private static void Add(List<string> items, ReadOnlySpan<char> item)
    {
        item = item.Trim();
        if (!item.IsEmpty) items.Add(item.ToString());
    }
}
