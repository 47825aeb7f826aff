using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Demo;

/// <summary>
/// Checks each entry of one document against the model's promises and the document's source, and fills the
/// id and source the file may leave out.
/// </summary>
internal sealed class EmbargoEntryValidator(string file, string source)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<(string From, string Target)> _relationTargets = [];

    /// <summary>The entry with <see cref="ListEntry.Id"/> and <see cref="ListEntry.Source"/> filled.</summary>
    public ListEntry Complete(ListEntry entry, int index, long line)
    {
        // The serializer leaves absent properties null whatever their declared nullability.
        if (string.IsNullOrWhiteSpace(entry.SourceId)) throw Fail(index, line, "source_id is missing or empty");
        var where = $"entry {index} (source_id \"{entry.SourceId}\")";
        if ((EntryName?)entry.Name is null) throw Fail(where, line, "name is missing");
        if (string.IsNullOrWhiteSpace(entry.Name.Full)) throw Fail(where, line, "name.full is empty");

        var id = ListSources.EntityId(source, entry.SourceId);
        if (entry.Source is not null && !string.Equals(entry.Source, source, StringComparison.Ordinal))
            throw Fail(where, line, $"source \"{entry.Source}\" contradicts the document's source \"{source}\"");
        if (entry.Id is not null && !string.Equals(entry.Id, id, StringComparison.Ordinal))
            throw Fail(where, line, $"id \"{entry.Id}\" contradicts source and source_id, which make \"{id}\"");
        if (CollectionProblem(entry) is { } problem) throw Fail(where, line, problem);
        if (!_ids.Add(id)) throw Fail(where, line, $"id \"{id}\" is already used by an earlier entry");

        foreach (var relation in entry.Relations)
        {
            if (relation.TargetId is not null && relation.TargetId.StartsWith(source + ":", StringComparison.Ordinal))
                _relationTargets.Add((id, relation.TargetId));
        }
        return entry with { Id = id, Source = source };
    }

    /// <summary>Relations to this list's own ids that name no entry of the document.</summary>
    public IEnumerable<(string From, string Target)> DanglingRelations() =>
        _relationTargets.Where(r => !_ids.Contains(r.Target));

    private static string? CollectionProblem(ListEntry entry)
    {
        // JSON allows [null] and "" where the model promises values; a list built from the file must not.
        for (var i = 0; i < entry.Aliases.Count; i++)
        {
            if (entry.Aliases[i] is null) return $"aliases[{i}] is null";
            if (string.IsNullOrWhiteSpace(entry.Aliases[i].Full)) return $"aliases[{i}].full is empty";
        }
        return Blank("programs", entry.Programs) ?? Blank("positions", entry.Positions)
            ?? Null("birth_dates", entry.BirthDates) ?? Null("birth_places", entry.BirthPlaces)
            ?? Null("nationalities", entry.Nationalities) ?? Null("citizenships", entry.Citizenships)
            ?? Null("addresses", entry.Addresses) ?? Null("identifiers", entry.Identifiers)
            ?? Null("relations", entry.Relations) ?? Null("measures", entry.Measures)
            ?? Null("attributes", entry.Attributes);
    }

    private static string? Null<T>(string name, IReadOnlyList<T> items) where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null) return $"{name}[{i}] is null";
        }
        return null;
    }

    private static string? Blank(string name, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i])) return $"{name}[{i}] is empty";
        }
        return null;
    }

    private ListFormatException Fail(int index, long line, string message) => Fail($"entry {index}", line, message);

    private ListFormatException Fail(string where, long line, string message) => new(file, line, $"{where}: {message}");
}
