namespace Embargo.Matching.Scan;

/// <summary>
/// What the scan checks first of a listed name a stretch of text touched: its word keys as a 256-bit set (a key's
/// hash picks its bit), the weight its words must reach, how many name words it has, and whether the set counts its
/// keys exactly (no two share a bit, none appears twice), so that the set alone may rule the name out.
/// </summary>
internal readonly record struct NameFacts(ulong Keys0, ulong Keys1, ulong Keys2, ulong Keys3, float Needed, int WordCount, bool KeysCounted);
