namespace Embargo.Lists.Ofac;

/// <summary>
/// Primary names of the main file to their ent_num, so that <c>Linked To: NAME</c> in remarks can point at the
/// entry it names. A name two entries share points at neither.
/// </summary>
internal sealed class OfacCsvNameIndex
{
    private readonly Dictionary<string, string?> _byName = new(StringComparer.Ordinal);

    public static OfacCsvNameIndex Empty { get; } = new();

    public void Add(string name, string sourceId) =>
        _byName[name] = _byName.ContainsKey(name) ? null : sourceId;

    /// <summary>
    /// The entry a relation names, and the name as that entry spells it. The remarks' final full stop was dropped
    /// before parsing, so <c>Linked To: ACME CO., LTD.</c> at the end reads <c>ACME CO., LTD</c>: the name is tried
    /// with a full stop too.
    /// </summary>
    public (string Name, string? SourceId) Find(string name)
    {
        if (_byName.TryGetValue(name, out var id)) return (name, id);
        var dotted = name + ".";
        return _byName.TryGetValue(dotted, out id) && id is not null ? (dotted, id) : (name, null);
    }
}
