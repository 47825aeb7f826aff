namespace Embargo.Hosting.Batch;

/// <summary>
/// Which field each column holds: the columns <c>--map column=field</c> names, then the common header names
/// (<see cref="BatchFieldNames"/>). A field given by <c>--map</c> is read only from the mapped columns, so that
/// mapping <c>client=name</c> is not overruled by another column that happens to be called "name".
/// </summary>
public sealed class BatchFieldMapping
{
    private readonly Dictionary<string, BatchField> _explicit = new(StringComparer.Ordinal);
    private readonly HashSet<BatchField> _explicitFields = [];

    public BatchFieldMapping(IEnumerable<KeyValuePair<string, BatchField>> explicitColumns)
    {
        ArgumentNullException.ThrowIfNull(explicitColumns);
        foreach (var (column, field) in explicitColumns)
        {
            _explicit[BatchFieldNames.Normalize(column)] = field;
            _explicitFields.Add(field);
        }
    }

    public static BatchFieldMapping Default { get; } = new([]);

    /// <summary>The columns named by <c>--map</c>, as normalised names.</summary>
    public IEnumerable<string> ExplicitColumns => _explicit.Keys;

    /// <summary>The mapping as <c>column=field</c> pairs, in a stable order (for checkpoints).</summary>
    public IEnumerable<string> Describe() =>
        _explicit.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}");

    /// <summary>The field a column holds, or <see cref="BatchField.Ignore"/>.</summary>
    public BatchField Resolve(string column)
    {
        var key = BatchFieldNames.Normalize(column);
        if (_explicit.TryGetValue(key, out var mapped)) return mapped;
        var field = BatchFieldNames.FromHeader(column);
        return field is { } f && !_explicitFields.Contains(f) ? f : BatchField.Ignore;
    }

    /// <summary>Parses <c>column=field</c> pairs as the command line gives them.</summary>
    /// <exception cref="ArgumentException">A pair without '=' or with a field Embargo does not know.</exception>
    public static BatchFieldMapping Parse(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var map = new List<KeyValuePair<string, BatchField>>();
        foreach (var pair in pairs)
        {
            var equals = pair.LastIndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
                throw new ArgumentException($"--map '{pair}' is not of the form column=field");
            var target = pair[(equals + 1)..];
            var field = BatchFieldNames.FromTarget(target)
                ?? throw new ArgumentException($"--map '{pair}': '{target}' is not a field; use one of {BatchFieldNames.TargetList}");
            map.Add(new(pair[..equals].Trim(), field));
        }
        return new BatchFieldMapping(map);
    }
}
