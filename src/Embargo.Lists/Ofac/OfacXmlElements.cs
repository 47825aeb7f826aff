using System.Xml;
using System.Xml.Linq;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Element access by local name: OFAC has published the same layout under more than one namespace
/// (<c>http://tempuri.org/sdnList.xsd</c>, then the Sanctions List Service's own), so the namespace is ignored.
/// </summary>
internal static class OfacXmlElements
{
    public static IEnumerable<XElement> ChildrenNamed(this XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (string.Equals(child.Name.LocalName, localName, StringComparison.Ordinal)) yield return child;
        }
    }

    /// <summary>The children of every <paramref name="listName"/> child that are named <paramref name="itemName"/>.</summary>
    public static IEnumerable<XElement> Items(this XElement parent, string listName, string itemName) =>
        parent.ChildrenNamed(listName).SelectMany(list => list.ChildrenNamed(itemName));

    /// <summary>The trimmed text of the first child with that name; null when absent or blank.</summary>
    public static string? Text(this XElement parent, string localName)
    {
        foreach (var child in parent.ChildrenNamed(localName))
        {
            var text = child.Value.Trim();
            return text.Length == 0 ? null : text;
        }
        return null;
    }

    /// <summary>Trimmed text or null when blank.</summary>
    public static string? TextOrNull(this XElement element)
    {
        var text = element.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The line the element starts on, when the record was loaded with line info.</summary>
    public static long? Line(this XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
