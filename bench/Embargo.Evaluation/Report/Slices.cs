namespace Embargo.Evaluation.Report;

/// <summary>
/// Per-category rows of a table: "all" first, then each dimension's values (<c>script: Arabic</c>) in a stable
/// order, so that every benchmark breaks its figures down the same way.
/// </summary>
internal static class Slices
{
    public const string All = "all";

    /// <summary>The slices of one item: "all" and one label per dimension.</summary>
    public static IEnumerable<string> Of(params (string Dimension, string Value)[] dimensions) =>
        dimensions.Select(d => $"{d.Dimension}: {d.Value}").Prepend(All);

    /// <summary>Groups items by slice, "all" first, then by dimension in the given order and value by size.</summary>
    public static IEnumerable<(string Slice, List<T> Items)> Group<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> slices)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            foreach (var slice in slices(item))
            {
                if (!groups.TryGetValue(slice, out var list))
                {
                    groups[slice] = list = [];
                    order.Add(slice);
                }
                list.Add(item);
            }
        }
        var dimensionRank = order.Select(Dimension).Distinct(StringComparer.Ordinal).Select((d, i) => (d, i))
            .ToDictionary(x => x.d, x => x.i, StringComparer.Ordinal);
        return order
            .OrderBy(s => dimensionRank[Dimension(s)])
            .ThenByDescending(s => groups[s].Count)
            .ThenBy(s => s, StringComparer.Ordinal)
            .Select(s => (s, groups[s]));
    }

    private static string Dimension(string slice)
    {
        var colon = slice.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? slice : slice[..colon];
    }
}
