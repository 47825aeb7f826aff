namespace Embargo.Matching.Scan;

/// <summary>How a word of the text is capitalised: a hint that it is a name, where the text uses case at all.</summary>
internal enum TokenShape : byte
{
    /// <summary>all lower case.</summary>
    Lower,
    /// <summary>An initial capital (Putin, McDonald).</summary>
    Capitalised,
    /// <summary>ALL CAPITALS, two letters or more.</summary>
    Upper,
    /// <summary>No case: digits, or a script without case (Arabic, Chinese).</summary>
    Uncased,
}
