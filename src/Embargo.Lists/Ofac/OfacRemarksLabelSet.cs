namespace Embargo.Lists.Ofac;

/// <summary>
/// A set of remark labels matched at the start of an item, longest first (so <c>C.U.R.P. #</c> wins over
/// <c>C.U.R.P.</c>). A label must end at a word boundary: a space, a colon or the end of the item.
/// </summary>
internal sealed class OfacRemarksLabelSet
{
    private readonly Dictionary<char, string[]> _byFirstChar;

    public OfacRemarksLabelSet(IEnumerable<string> labels)
    {
        _byFirstChar = labels
            .Distinct(StringComparer.Ordinal)
            .GroupBy(label => label[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(label => label.Length).ToArray());
    }

    /// <summary>The label the item starts with, or null.</summary>
    public string? Match(string item)
    {
        if (item.Length == 0 || !_byFirstChar.TryGetValue(item[0], out var candidates)) return null;
        foreach (var label in candidates)
        {
            if (!item.StartsWith(label, StringComparison.Ordinal)) continue;
            if (item.Length == label.Length || item[label.Length] is ' ' or ':') return label;
        }
        return null;
    }

    /// <summary>What follows the label, without the separating colon, dash and spaces.</summary>
    public static string ValueAfter(string item, string label) =>
        item.AsSpan(label.Length).TrimStart(" :").TrimStart("- ").ToString();
}
