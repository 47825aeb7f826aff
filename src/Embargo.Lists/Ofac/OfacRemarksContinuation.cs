using System.Text;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Joins the remarks of the main file with their continuation in the comments file. OFAC cuts remarks at 1,000
/// characters, anywhere, even inside a word (<c>...Registration Numbe</c> + <c>r 1027700342890 (Russia)...</c>), and
/// writes the rest to <c>sdn_comments.csv</c>: the full text is the two pieces glued together as they are.
/// <para>
/// When the two files come from different publications (a newer comments file beside an older main file), the
/// cut falls elsewhere and the continuation starts with text the main remarks already end with. That overlap is
/// written once: for <c>...Listing Date (EO 14024 Directive 3)</c> + <c>ive 2): 24 Feb 2022; ... Listing Date (EO
/// 14024 Directive 3): 24 Feb 2022...</c> the shared 108 characters are not repeated. Only overlaps of at least
/// <see cref="MinOverlap"/> characters count, so a chance repeat at a true cut (<c>Addres</c> + <c>s - ETH</c>) stays.
/// </para>
/// </summary>
internal static class OfacRemarksContinuation
{
    /// <summary>Adjacent repeats this long do not occur in real remarks; shorter ones can (<c>s</c> + <c>s</c>).</summary>
    public const int MinOverlap = 10;

    public static string Join(string main, string continuation)
    {
        var overlap = Overlap(main, continuation);
        return overlap >= MinOverlap ? main + continuation[overlap..] : main + continuation;
    }

    /// <summary>
    /// Line breaks inside a quoted remark or comment are the file's wrapping, not text: each becomes one space
    /// (with the spaces around it), so items and names read as on one line.
    /// </summary>
    public static string FoldLines(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is not ('\r' or '\n'))
            {
                sb.Append(c);
                i++;
                continue;
            }
            while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            while (i < text.Length && text[i] is '\r' or '\n' or ' ' or '\t') i++;
            if (sb.Length > 0 && i < text.Length) sb.Append(' ');
        }
        return sb.ToString();
    }

    // The longest k such that main ends with the first k characters of the continuation.
    private static int Overlap(string main, string continuation)
    {
        var max = Math.Min(main.Length, continuation.Length);
        for (var k = max; k >= MinOverlap; k--)
        {
            if (main.AsSpan(main.Length - k).SequenceEqual(continuation.AsSpan(0, k))) return k;
        }
        return 0;
    }
}
