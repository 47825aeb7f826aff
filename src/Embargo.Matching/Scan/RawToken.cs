namespace Embargo.Matching.Scan;

/// <summary>
/// A word of the text: where it is (UTF-16 offsets), how it is capitalised, whether a sentence starts with it,
/// and whether a name may run into it from the word before (not across quotes, brackets, colons or sentences).
/// </summary>
internal readonly record struct RawToken(int Start, int Length, TokenShape Shape, bool SentenceStart, bool SpanStart);
