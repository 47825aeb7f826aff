namespace Embargo.Matching.Index;

/// <summary>
/// One listed key with everything retrieval asks of it: the names holding it and whether it is too common to
/// look up. Near keys are handed out as these records, so retrieval follows them without further look-ups.
/// </summary>
internal sealed class IndexedKey(string key, int[] names, bool veryCommon)
{
    public string Key { get; } = key;

    /// <summary>Names containing the key, as a token key or as two tokens run together.</summary>
    public int[] Names { get; } = names;

    /// <summary>True when so many names hold the key that looking it up would flood the candidates.</summary>
    public bool VeryCommon { get; } = veryCommon;
}
