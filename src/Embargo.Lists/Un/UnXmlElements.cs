using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Embargo.Lists.Un;

/// <summary>
/// Element access for the UN list. The UN file wraps values across lines with deep indentation
/// (<c>National Identification\n    Number</c>), so field text is read with whitespace runs collapsed.
/// </summary>
internal static class UnXmlElements
{
    /// <summary>The collapsed text of the first child with that local name; null when absent or blank.</summary>
    public static string? Field(this XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (string.Equals(child.Name.LocalName, localName, StringComparison.Ordinal)) return child.CollapsedText();
        }
        return null;
    }

    /// <summary>The collapsed text of every <c>VALUE</c> child (<c>&lt;NATIONALITY&gt;&lt;VALUE&gt;…</c>).</summary>
    public static IEnumerable<string> Values(this XElement container) =>
        container.Elements().Where(e => e.Name.LocalName == "VALUE").Select(e => e.CollapsedText()).OfType<string>();

    /// <summary>The element's text with whitespace runs made single spaces and trimmed; null when blank.</summary>
    public static string? CollapsedText(this XElement element) => Collapse(element.Value);

    public static string? Collapse(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.IsEmpty) return null;
        var builder = new StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>True when no descendant holds any text (<c>&lt;INDIVIDUAL_ALIAS&gt;&lt;QUALITY/&gt;&lt;ALIAS_NAME/&gt;</c>).</summary>
    public static bool IsBlank(this XElement element) => string.IsNullOrWhiteSpace(element.Value);

    /// <summary>The line the element starts on, when the record was loaded with line info.</summary>
    public static long? Line(this XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
