using System.Collections.Concurrent;
using Embargo.Core.Model;
using Embargo.Matching.Index;

namespace Embargo.Matching;

/// <summary>
/// Query names prepared once (folded, transliterated, split into keys and skeletons) and kept, for callers that screen
/// the same names again and again: monitoring screens every party on every list change, and preparing a name costs far
/// more than screening it on the small index of what changed. A name depends only on its text and kind, so a party whose
/// name changes simply asks for another entry. Safe from many threads.
/// </summary>
/// <remarks>
/// Entries live by generation: <see cref="NextGeneration"/> (once per run) drops those not asked for since the call
/// before, so names of removed or renamed parties leave within two runs and the cache stays the size of the names in use.
/// </remarks>
public sealed class QueryNameCache
{
    private ConcurrentDictionary<(string Name, EntityKind Kind), PreparedName> _current = new();
    private ConcurrentDictionary<(string Name, EntityKind Kind), PreparedName> _previous = new();

    /// <summary>Names kept (of this generation and the one before).</summary>
    public int Count => _current.Count + _previous.Count;

    /// <summary>Starts a generation: names not asked for during the one that ends are dropped.</summary>
    public void NextGeneration()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<(string Name, EntityKind Kind), PreparedName>();
    }

    /// <summary>Drops every name.</summary>
    public void Clear()
    {
        _previous = new ConcurrentDictionary<(string Name, EntityKind Kind), PreparedName>();
        _current = new ConcurrentDictionary<(string Name, EntityKind Kind), PreparedName>();
    }

    // Unweighed: each index weighs its own copy.
    internal PreparedName Get(string name, EntityKind kind)
    {
        var key = (name, kind);
        if (_current.TryGetValue(key, out var prepared)) return prepared;
        if (!_previous.TryRemove(key, out prepared!)) prepared = PreparedName.Create(name, kind);
        return _current.GetOrAdd(key, prepared);
    }
}
