using System.Text;

namespace Embargo.Matching.Scan;

/// <summary>A mention with some text each side, on one line, cut where it would split a character.</summary>
internal static class Snippets
{
    public static string Around(string text, int start, int length, int radius)
    {
        var from = Math.Max(0, start - radius);
        var to = Math.Min(text.Length, start + length + radius);
        if (from > 0 && char.IsLowSurrogate(text[from])) from++;
        if (to < text.Length && char.IsLowSurrogate(text[to])) to++;
        var builder = new StringBuilder(to - from + 2);
        if (from > 0) builder.Append('…');
        var space = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0 && builder[^1] != '…') builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        if (to < text.Length) builder.Append('…');
        return builder.ToString();
    }
}
