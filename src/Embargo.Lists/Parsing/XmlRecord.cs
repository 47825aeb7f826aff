using System.Xml.Linq;

namespace Embargo.Lists.Parsing;

/// <summary>One element of an XML list file read whole (a record, or a header such as a publication date), with the line it starts on.</summary>
internal readonly record struct XmlRecord(XElement Element, long? Line)
{
    public string Name => Element.Name.LocalName;
}
