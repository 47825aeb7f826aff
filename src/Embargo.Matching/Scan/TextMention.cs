using Embargo.Core.Model;
using Embargo.Matching.Explain;

namespace Embargo.Matching.Scan;

/// <summary>
/// A listed party named in a text. <see cref="Start"/> and <see cref="Length"/> count UTF-16 code units of the
/// text as given (the unit of .NET and JavaScript strings), so <c>text.Substring(Start, Length)</c> is
/// <see cref="Text"/>.
/// </summary>
/// <param name="Snippet">The mention with up to <see cref="ScanOptions.SnippetRadius"/> characters each side, line breaks as spaces.</param>
/// <param name="Reasons">Why a mention needs context, or how context supported it; empty when nothing needed saying.</param>
public sealed record TextMention(
    int Start,
    int Length,
    string Text,
    string Snippet,
    ListEntry Entry,
    EntryName MatchedName,
    double Score,
    MentionStrength Strength,
    IReadOnlyList<string> Reasons,
    MatchExplanation Explanation);
