namespace Embargo.Lists.Parsing;

/// <summary>
/// What a parser learns besides the entries: the publication date the file states and the issues it noted.
/// One per parse; parsers fill it while they stream.
/// </summary>
public sealed class ParseContext
{
    /// <summary>Beyond this many issues the rest are counted, not kept.</summary>
    public const int MaxKeptIssues = 1000;

    private readonly List<ParseIssue> _issues = [];

    public DateTimeOffset? PublishedAt { get; set; }

    public IReadOnlyList<ParseIssue> Issues => _issues;

    public int IssueCount { get; private set; }

    public void Report(ParseIssue issue)
    {
        IssueCount++;
        if (_issues.Count < MaxKeptIssues) _issues.Add(issue);
    }

    public void Report(string file, long? line, string? element, string message) =>
        Report(new ParseIssue(file, line, element, message));
}
