namespace Embargo.Lists.Parsing;

/// <summary>
/// What an XML list file must look like for <see cref="XmlRecordReader"/>: its root element, matched by local name
/// (and by namespace when one is given), and the depth of the elements read whole.
/// </summary>
/// <param name="Root">The root element's local name.</param>
/// <param name="Description">The format's name for the error when the root is another (<c>UN Security Council consolidated list</c>).</param>
internal sealed record XmlListShape(string Root, string Description)
{
    /// <summary>The namespace the root must be in; null accepts any.</summary>
    public string? Namespace { get; init; }

    /// <summary>How deep the records sit: 1 for children of the root, 2 for grandchildren (<c>INDIVIDUALS/INDIVIDUAL</c>).</summary>
    public int RecordDepth { get; init; } = 1;
}
