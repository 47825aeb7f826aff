namespace Embargo.Matching.Scan;

/// <summary>A word of the text: where it is (UTF-16 offsets), how it is capitalised, and whether a sentence starts with it.</summary>
internal readonly record struct RawToken(int Start, int Length, TokenShape Shape, bool SentenceStart);
