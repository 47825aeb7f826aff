using System.Text.Json;
using Embargo.Core.Model;

namespace Embargo.Core.Snapshots;

/// <summary>Names the fields that differ between two versions of one entity.</summary>
public static class EntryComparer
{
    /// <summary>Top-level JSON field names (<c>aliases</c>, <c>birth_dates</c>…) whose values differ, in field order.</summary>
    public static IReadOnlyList<string> ChangedFields(string olderJson, string newerJson)
    {
        using var older = JsonDocument.Parse(olderJson);
        using var newer = JsonDocument.Parse(newerJson);
        var changed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in newer.RootElement.EnumerateObject())
        {
            seen.Add(property.Name);
            if (!older.RootElement.TryGetProperty(property.Name, out var before) ||
                !JsonElement.DeepEquals(before, property.Value))
            {
                changed.Add(property.Name);
            }
        }
        foreach (var property in older.RootElement.EnumerateObject())
        {
            if (!seen.Contains(property.Name)) changed.Add(property.Name);
        }
        return changed;
    }

    public static IReadOnlyList<string> ChangedFields(ListEntry older, ListEntry newer) =>
        ChangedFields(EntryJson.Serialize(older), EntryJson.Serialize(newer));
}
