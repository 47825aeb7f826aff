using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// OFAC's "weak" aliases in remarks: <c>a.k.a. 'SSB'</c>, <c>f.k.a. 'ANA I'</c>, <c>n.k.a. 'X'</c>. The name sits
/// between the first quote and the last one and may hold apostrophes of its own (<c>a.k.a. 'PEOPLE'S ARMY'</c>,
/// <c>a.k.a. ''ABD AL-RAHMAN'</c>).
/// </summary>
internal static class OfacRemarksNames
{
    private static readonly (string Marker, NameType Type)[] Markers =
    [
        ("a.k.a.", NameType.Alias), ("f.k.a.", NameType.FormerName), ("n.k.a.", NameType.NewName),
        ("a.k.a", NameType.Alias), ("f.k.a", NameType.FormerName), ("n.k.a", NameType.NewName),
    ];

    /// <summary>The length of the a.k.a./f.k.a./n.k.a. marker the item starts with, or 0.</summary>
    public static int MarkerLength(ReadOnlySpan<char> item) => Find(item, out _);

    /// <summary>Reads an alias item; false when the item is not one or names nothing.</summary>
    public static bool TryParse(string item, out EntryName name)
    {
        name = null!;
        var marker = Find(item, out var type);
        if (marker == 0) return false;
        var value = item.AsSpan(marker).TrimStart(" ,:").TrimEnd();
        string full;
        string? note = null;
        if (value.Length > 0 && value[0] == '\'')
        {
            var close = value.LastIndexOf('\'');
            if (close > 0)
            {
                full = value[1..close].Trim().ToString();
                var after = value[(close + 1)..].Trim(" .,");
                if (!after.IsEmpty) note = after.ToString();
            }
            else
            {
                full = value[1..].TrimEnd('.').Trim().ToString(); // the closing quote was cut off
            }
        }
        else
        {
            full = value.TrimEnd('.').Trim().ToString();
        }
        if (full.Length == 0) return false;
        name = new EntryName { Full = full, Type = type, Strength = NameStrength.Weak, Note = note };
        return true;
    }

    private static int Find(ReadOnlySpan<char> item, out NameType type)
    {
        foreach (var (marker, kind) in Markers)
        {
            if (!item.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) continue;
            // "a.k.a" must end the word: "a.k.a.'X'" and "a.k.a 'X'" count, "a.k.abc" does not.
            if (item.Length > marker.Length && char.IsLetterOrDigit(item[marker.Length])) continue;
            type = kind;
            return marker.Length;
        }
        type = NameType.Alias;
        return 0;
    }
}
