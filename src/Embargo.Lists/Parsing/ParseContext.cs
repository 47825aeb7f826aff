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

    /// <summary>
    /// Records that were broken in their structure (no id, no name, wrong field count), whether skipped or read
    /// as far as possible. The importer refuses a file with too many of them: that is a damaged file, not a list.
    /// </summary>
    public int MalformedRecords { get; private set; }

    public void Report(ParseIssue issue)
    {
        IssueCount++;
        if (_issues.Count < MaxKeptIssues) _issues.Add(issue);
    }

    public void Report(string file, long? line, string? element, string message) =>
        Report(new ParseIssue(file, line, element, message));

    /// <summary>Reports a record broken in its structure; see <see cref="MalformedRecords"/>.</summary>
    public void ReportMalformedRecord(string file, long? line, string? element, string message) =>
        ReportMalformedRecords(file, line, element, message, 1);

    /// <summary>Reports several broken records in one issue (e.g. rows that point at no entry).</summary>
    public void ReportMalformedRecords(string file, long? line, string? element, string message, int records)
    {
        MalformedRecords += records;
        Report(new ParseIssue(file, line, element, message));
    }
}
