namespace Embargo.Matching.Index;

/// <summary>
/// The letters of each token and key of a name as 64-bit sets (a letter's code modulo 64):
/// two strings within k edits differ by at most k letters each way, so the sets rule out pairs cheaply.
/// </summary>
internal sealed class TokenMasks
{
    private TokenMasks(ulong[] tokens, ulong[] keys)
    {
        Tokens = tokens;
        Keys = keys;
    }

    public ulong[] Tokens { get; }
    public ulong[] Keys { get; }

    public static TokenMasks Of(PreparedName name)
    {
        var tokens = new ulong[name.Length];
        var keys = new ulong[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            tokens[i] = Letters(name.Tokens[i]);
            keys[i] = Letters(name.Keys[i]);
        }
        return new TokenMasks(tokens, keys);
    }

    /// <summary>The set of letters in <paramref name="text"/>; different letters may share a bit.</summary>
    public static ulong Letters(string text)
    {
        var mask = 0UL;
        foreach (var c in text) mask |= 1UL << (c & 63);
        return mask;
    }
}
