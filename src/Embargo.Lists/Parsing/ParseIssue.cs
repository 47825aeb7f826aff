namespace Embargo.Lists.Parsing;

/// <summary>
/// A problem found in a list file that did not stop the parse: an unreadable date kept as text, a skipped row.
/// Names the file and the line (text formats) or element (XML) so a person can find it.
/// </summary>
public sealed record ParseIssue(string File, long? Line, string? Element, string Message)
{
    public override string ToString() =>
        $"{File}{(Line is null ? "" : $":{Line}")}{(Element is null ? "" : $" <{Element}>")}: {Message}";
}
